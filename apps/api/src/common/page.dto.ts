import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Paging shared by every list route; lists answer `{ items, total, page, pageSize }`. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export const pageOf = (query: PageQuery) => ({ page: query.page ?? 1, pageSize: query.pageSize ?? 20 });

export interface Page<T> {
  items: T[];
  total: number;
  /** Absent or true: `total` is exact. False: counting stopped at `total`, and there are more. */
  totalExact?: boolean;
  page: number;
  pageSize: number;
}

/** A list answer's schema; the document has no generics, so each item type names its own (`extends PageOf(X)`). */
export function PageOf<T>(item: Class<T>): Class<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ type: 'integer', example: 42, description: '全部页的总数 / matches over all pages' })
    total!: number;
    @ApiPropertyOptional({
      description:
        '为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / ' +
        'false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact',
    })
    totalExact?: boolean;
    @ApiProperty({ type: 'integer', example: 1 }) page!: number;
    @ApiProperty({ type: 'integer', example: 20 }) pageSize!: number;
  }
  return PageDto;
}
