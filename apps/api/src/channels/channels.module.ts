import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { AckLinkController, ChannelsController, EventsController } from './channels.controller';
import { ChannelsService } from './channels.service';
import { EventsHub } from './events.hub';

@Module({
  imports: [AuthModule, IncidentsModule],
  controllers: [ChannelsController, EventsController, AckLinkController],
  providers: [ChannelsService, EventsHub],
  exports: [EventsHub],
})
export class ChannelsModule {}
