import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiErrors, ApiSignedIn } from '../common/api-docs';
import { StatsQuery, StatsResponseDto } from './stats.dto';
import { StatsService } from './stats.service';

@ApiTags('统计 / stats')
@ApiSignedIn()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @ApiOperation({
    summary: '统计 / statistics of cases and incidents',
    description: [
      '统计在 [from, to) 内立案的案件和触发的应急事件：案件按状态、层级、类别计数；各乡镇期限按期率',
      '（按期 / (按期 + 超期)）与立案至签订协议的平均天数；事件按当前级别计数及平均确认分钟数。',
      '范围与案件列表相同：调解员只看本乡镇（不是 403，便于乡镇自查），区民政局与领导看本区，管理员看全部。',
      '',
      'Counts the cases opened and the incidents triggered in [from, to) (both optional, ISO-8601): cases by',
      'status, tier and category; per township the share of settled deadlines that were met and the mean days',
      'from `opened` to `agreement_signed` on the timeline; incidents by current severity with the mean minutes',
      'to acknowledge. Scope as for case lists: a mediator gets its own township (not 403), bureau and leader',
      'their district, admin everything. `to` not after `from` is 400 VALIDATION_FAILED.',
    ].join('\n'),
  })
  @ApiOkResponse({ type: StatsResponseDto, description: '统计结果 / the figures' })
  @ApiErrors(400)
  summary(@CurrentUser() user: Principal, @Query() query: StatsQuery): Promise<StatsResponseDto> {
    return this.stats.summary(user, query);
  }
}
