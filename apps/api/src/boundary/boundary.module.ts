import { Module } from '@nestjs/common';
import { BoundaryController } from './boundary.controller';
import { BoundaryService } from './boundary.service';

@Module({ controllers: [BoundaryController], providers: [BoundaryService], exports: [BoundaryService] })
export class BoundaryModule {}
