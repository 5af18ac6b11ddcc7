import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditController, OwnWebhookController, UsersController } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  imports: [AuthModule],
  controllers: [UsersController, OwnWebhookController, AuditController],
  providers: [AccountsService],
})
export class AccountsModule {}
