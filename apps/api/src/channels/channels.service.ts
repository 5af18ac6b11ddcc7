import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ackLinkIdOf, outboundProblem } from '@boundary/alerts';
import type { AppConfig } from '@boundary/config';
import {
  type AckLink,
  AuditRepository,
  ChannelRepository,
  IncidentRepository,
  OrganisationRepository,
} from '@boundary/persistence';
import { acknowledgeIncidentUpdate, reportOnSceneUpdate } from '@boundary/workflows';
import type { Origin, Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../infrastructure/tokens';
import { IncidentsService } from '../incidents/incidents.service';
import { OrganisationService } from '../organisation/organisation.service';
import type { AckLinkView, ChannelsView, SetChannelsDto, UseAckLinkDto } from './channels.dto';

const LINK = { zh: '确认链接', en: 'acknowledge link' };

/** The work-group robots of jurisdictions, and the phone acknowledge links the alerts carry. */
@Injectable()
export class ChannelsService {
  constructor(
    @Inject(ChannelRepository) private readonly channels: ChannelRepository,
    @Inject(OrganisationRepository) private readonly users: Pick<OrganisationRepository, 'findUser'>,
    @Inject(IncidentRepository) private readonly incidentRows: Pick<IncidentRepository, 'findById'>,
    @Inject(AuditRepository) private readonly audit: Pick<AuditRepository, 'append'>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisation: OrganisationService,
    private readonly incidents: IncidentsService,
  ) {}

  /** Both robots at once: one left out is removed. Each URL is checked as the worker checks it before sending. */
  async setRobots(code: string, body: SetChannelsDto, origin: Origin): Promise<ChannelsView> {
    const outbound = { production: this.config.nodeEnv === 'production', allow: this.config.outboundAllow };
    for (const [field, robot] of [
      ['wecomRobot.url', body.wecomRobot],
      ['dingtalkRobot.url', body.dingtalkRobot],
    ] as const) {
      const problem = robot && (await outboundProblem(robot.url, outbound));
      if (problem) {
        throw AppError.field(field, problem, {
          zh: '该地址不可用：生产环境须为 https，且不得指向本机或内网地址',
          en: `The robot URL ${problem}`,
        });
      }
    }
    const robots = { wecomRobot: body.wecomRobot ?? null, dingtalkRobot: body.dingtalkRobot ?? null };
    const saved = await this.channels.setRobots(code, robots, {
      ...origin,
      action: 'channels_set',
      target: `jurisdiction:${code}`,
      outcome: 'success',
      details: {
        wecomRobot: robots.wecomRobot?.url ?? null,
        dingtalkRobot: robots.dingtalkRobot?.url ?? null,
      },
    });
    if (!saved) throw AppError.notFound({ zh: '行政区', en: 'jurisdiction' });
    return {
      code,
      ...(robots.wecomRobot ? { wecomRobot: { url: robots.wecomRobot.url } } : {}),
      ...(robots.dingtalkRobot ? { dingtalkRobot: { url: robots.dingtalkRobot.url } } : {}),
    };
  }

  /** What the phone page shows before the recipient acts; reading does not use the link. */
  async describeLink(token: string): Promise<AckLinkView> {
    const link = await this.linkOf(token);
    const incident = await this.incidentRows.findById(link.subjectId, {});
    if (!incident) throw AppError.notFound(LINK);
    return {
      incidentId: incident.id,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      username: link.username,
      expiresAt: new Date(link.expiresAt).toISOString(),
      usable: !link.usedAt && new Date(link.expiresAt) > new Date(),
    };
  }

  /**
   * Acknowledges (or reports on scene) as the recipient the link was sent to, once: the link is used in the
   * same statement that checks it, and given back only when the incident could not be reached at all.
   */
  async useLink(token: string, body: UseAckLinkDto, ip: string | null) {
    const link = await this.linkOf(token);
    const used = await this.channels.useAckLink(link.id, body.action);
    if (!used) throw linkGone(link);
    const user = await this.users.findUser(link.username);
    const audit = (outcome: 'success' | 'failure', details: Record<string, unknown> = {}) =>
      this.audit.append({
        actor: link.username,
        action: `ack_link_${body.action}`,
        target: `incident:${link.subjectId}`,
        ip,
        outcome,
        details,
      });
    if (!user || user.disabled) {
      await audit('failure', { reason: 'user disabled or removed' });
      throw AppError.unauthenticated();
    }
    const principal: Principal = {
      username: user.username,
      role: user.role,
      jurisdiction: user.jurisdiction,
      district: user.jurisdiction ? ((await this.organisation.districtOf(user.jurisdiction)) ?? null) : null,
    };
    const update = body.action === 'acknowledge' ? acknowledgeIncidentUpdate : reportOnSceneUpdate;
    try {
      const incident = await this.incidents.advance(
        principal,
        link.subjectId,
        update,
        body.note ? { note: body.note } : {},
        `ack-link:${link.id}`,
      );
      await audit('success');
      return incident;
    } catch (error) {
      if (error instanceof AppError && error.status === HttpStatus.SERVICE_UNAVAILABLE) {
        await this.channels.releaseAckLink(link.id);
      }
      await audit('failure', { error: (error as Error).message });
      throw error;
    }
  }

  private async linkOf(token: string): Promise<AckLink> {
    const id = token.length <= 80 ? ackLinkIdOf(this.config.jwtSecret, token) : undefined;
    const link = id ? await this.channels.findAckLink(id) : null;
    if (!link || link.subjectType !== 'incident') throw AppError.notFound(LINK);
    return link;
  }
}

function linkGone(link: AckLink): AppError {
  const expired = new Date(link.expiresAt) <= new Date() && !link.usedAt;
  return new AppError(
    HttpStatus.GONE,
    expired ? 'LINK_EXPIRED' : 'LINK_USED',
    expired
      ? { zh: '链接已过期，请在控制台中处理', en: 'The link has expired; use the console' }
      : { zh: '链接已使用过', en: 'The link was already used' },
  );
}
