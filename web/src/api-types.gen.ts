// 由 npm run openapi:types 自 docs/openapi.json 生成，请勿手改 / generated from docs/openapi.json: do not edit.
// Change the API's DTOs, then run npm run openapi:export && npm run openapi:types.

export interface paths {
  '/jurisdictions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 辖区树（市、区县、乡镇、村）及责任人 / the jurisdiction tree with its responsible persons */
    get: operations['OrganisationController_list'];
    put?: never;
    /**
     * 新增行政区（管理员）/ add a jurisdiction (admin)
     * @description 上级须为上一层级：区县在市下（或无上级），乡镇在区县下，村在乡镇下 / the parent is one level up: a district under a city (or none), a township under a district, a village under a township
     */
    post: operations['OrganisationController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jurisdictions/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * 修改名称或责任人（管理员）/ rename, or name the responsible persons (admin)
     * @description 责任人须为已启用的用户；null 取消 / responsible persons are active users; null removes one
     */
    patch: operations['OrganisationController_update'];
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登录 / sign in
     * @description 返回的 accessToken 用作其他接口的 Bearer 令牌；user.mustChangePassword 为 true 时须先修改密码 / the accessToken is the bearer token of every other route; while user.mustChangePassword is true, only POST /auth/password accepts it
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 修改本人密码 / change my password
     * @description 结束本人的其他登录，返回新令牌；新密码至少 8 位，含字母和数字，不含用户名 / ends my other sessions and answers a fresh token; the new password has 8+ characters, letters and digits, and not the username
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 用户列表（管理员）/ every user (admin) */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * 新建用户（管理员）/ create a user (admin)
     * @description 首次登录须修改密码 / the user changes the password at the first sign-in
     */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * 修改或停用用户（管理员）/ edit or disable a user (admin)
     * @description 改角色、辖区或停用即令其登录失效 / a new role or jurisdiction, or disabling, ends the user’s sessions
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/users/{username}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 重置密码（管理员）/ reset a password (admin)
     * @description 结束该用户的登录，下次登录须修改 / ends the user’s sessions; changed at the next sign-in
     */
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{username}/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置用户的提醒 Webhook（管理员）/ set a user’s alert webhook (admin) */
    put: operations['UsersController_setWebhook'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置本人的提醒 Webhook / set my alert webhook */
    put: operations['OwnWebhookController_setWebhook'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 安全审计日志（管理员）/ the security audit log (admin)
     * @description 登录、改密、用户和行政区变更，新的在前 / sign-ins, password changes, user and jurisdiction changes, newest first
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 健康检查（无需登录）/ health of Temporal, PostgreSQL and Redis (no token) */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 案件列表 / list cases, newest first
     * @description 调解员只看本乡镇，区民政局与领导看本区，管理员看全部 / scope: own township, district, or all
     */
    get: operations['DisputesController_list'];
    put?: never;
    /**
     * 立案 / open a case at tier village unless the body names one
     * @description 调解员只能为本乡镇立案，区民政局为本区乡镇立案（否则 403）。带 Idempotency-Key 重试时返回同一案件（200）。/ a mediator opens for its own township, the bureau for its townships (else 403); a retry with the same Idempotency-Key returns the same case with 200.
     */
    post: operations['DisputesController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案件详情 / one case */
    get: operations['DisputesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办理记录 / the case timeline: every change and who made it, oldest first */
    get: operations['DisputesController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上报 / screening → reported
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/resolve-locally': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 就地化解 / screening → resolved_locally
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_resolveLocally'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/mediation/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 启动联合调解 / reported → mediating
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_startMediation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/mediation/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 记录一轮调解 / record a mediation round (while mediating)
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_recordRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 签订调解协议 / mediating → agreed (needs a round with outcome agreement_reached)
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_agreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/agreement/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 本方民政局确认跨县协议 / a side bureau confirms a cross-county agreement
     * @description 跨县层级签订的协议须当事各方县级民政局分别确认；全部确认后案件为 agreed。重复确认无变化；非当事方民政局 403 / at tier cross_county the bureau of every side confirms; agreed once all have. Repeating changes nothing; anyone but the bureau of a side gets 403.
     */
    post: operations['DisputesController_confirmAgreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 共同上级作出处理决定 / the common superior decides a referred case: referred → closed
     * @description 仅受理移交的共同上级（referredTo）的民政局；其他状态 409，其他民政局 403 / only the bureau of the common superior the case was referred to; 409 in any other status, 403 for other bureaus.
     */
    post: operations['DisputesController_recordDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/joint-group': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 组建或调整联合调解组 / set the joint mediation group of a cross-county case
     * @description 当事任一方的民政局可设；成员为双方用户或具名外部人员，须有组长；是用户的成员可查看案件并记录调解轮次 / the bureau of either side; members are users or named outsiders of both sides, with a lead; members who are users see the case and may record rounds.
     */
    put: operations['DisputesController_setJointGroup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 履行完毕归档结案 / agreed → closed
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 逐级升级 / raise the tier one step (past cross_county: referred); emergency: true also triggers a linked incident
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_escalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/disputes/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 撤回 / withdraw an open case
     * @description 调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ mediator (own township), bureau (own district); leader and admin read only (403)
     */
    post: operations['DisputesController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事件列表 / list incidents, newest first */
    get: operations['IncidentsController_list'];
    put?: never;
    /**
     * 启动应急预案 / trigger an incident (201); the escalation chain starts at step 0
     * @description 调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403). 调解员只能为本乡镇启动；区级用户可为本区或其乡镇启动（否则 403）。带 Idempotency-Key 重试时返回同一事件。/ a mediator for its own township only, bureau and leader for the district or its townships (else 403); a retry with the same Idempotency-Key answers the same incident.
     */
    post: operations['IncidentsController_trigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事件详情 / one incident */
    get: operations['IncidentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 处置记录 / the incident timeline (sitreps, arrival, escalation steps), oldest first */
    get: operations['IncidentsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 确认响应 / triggered → acknowledged; stops the escalation chain
     * @description 调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403)
     */
    post: operations['IncidentsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}/on-scene': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 到达现场 / acknowledged → on_scene
     * @description 调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403)
     */
    post: operations['IncidentsController_onScene'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}/sitreps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 报送现场情况 / add a situation report while open
     * @description 调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403)
     */
    post: operations['IncidentsController_sitrep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}/severity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 调整响应级别 / raise or lower the severity; deadlines are recomputed from the trigger time
     * @description 调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403)
     */
    post: operations['IncidentsController_severity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 处置完毕 / resolve from any open status
     * @description 调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403)
     */
    post: operations['IncidentsController_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的提醒 / my alerts, newest first */
    get: operations['AlertsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一条提醒及各渠道送达情况 / one alert with its delivery on each channel */
    get: operations['AlertsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标记已读 / mark read */
    post: operations['AlertsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 统计 / statistics of cases and incidents
     * @description 统计在 [from, to) 内立案的案件和触发的应急事件：案件按状态、层级、类别计数；各乡镇期限按期率
     *     （按期 / (按期 + 超期)）与立案至签订协议的平均天数；事件按当前级别计数及平均确认分钟数。
     *     范围与案件列表相同：调解员只看本乡镇（不是 403，便于乡镇自查），区民政局与领导看本区，管理员看全部。
     *
     *     Counts the cases opened and the incidents triggered in [from, to) (both optional, ISO-8601): cases by
     *     status, tier and category; per township the share of settled deadlines that were met and the mean days
     *     from `opened` to `agreement_signed` on the timeline; incidents by current severity with the mean minutes
     *     to acknowledge. Scope as for case lists: a mediator gets its own township (not 403), bureau and leader
     *     their district, admin everything. `to` not after `from` is 400 VALIDATION_FAILED.
     */
    get: operations['StatsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 界线列表 / lines the caller may read (mediators: along their township) */
    get: operations['BoundaryController_lines'];
    put?: never;
    /**
     * 登记界线 / register a line
     * @description 区民政局（本区界线）与管理员；其他角色 403 / the bureau (lines of its district) and admin; others 403. 几何自相交、两侧不明为 400 / a self-crossing line or an unknown side is 400.
     */
    post: operations['BoundaryController_createLine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/lines/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 界线详情 / one line, its length on the ellipsoid */
    get: operations['BoundaryController_line'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/markers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 界桩列表 / markers by code; with near=lat,lng,meters nearest first */
    get: operations['BoundaryController_markers'];
    put?: never;
    /**
     * 登记界桩 / register a marker on a line
     * @description 区民政局（本区界线）与管理员；其他角色 403 / the bureau (lines of its district) and admin; others 403. 离界线过远（BOUNDARY_MARKER_MAX_OFFSET_M）为 400 / too far from its line is 400.
     */
    post: operations['BoundaryController_createMarker'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/markers/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 界桩详情与状态记录 / one marker with its status history */
    get: operations['BoundaryController_marker'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/markers/{code}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 报告界桩状态（巡查、维修）/ report a marker status from a patrol or repair
     * @description 调解员、区民政局、管理员；领导 403 / mediator, bureau and admin; a leader is 403
     */
    post: operations['BoundaryController_reportStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出 GeoJSON / the register the caller may read as a FeatureCollection */
    get: operations['BoundaryController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 导入 GeoJSON（按编号新建或更新，全部成功或全部不变）/ import by code, all or nothing
     * @description 区民政局（本区界线）与管理员；其他角色 403 / the bureau (lines of its district) and admin; others 403；他区界线的要素 403。有误的要素逐个列在 400 的 details 中（feature 为编号）/ a feature on another district’s line is 403; a 400 lists each bad feature by its code.
     */
    post: operations['BoundaryController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boundary/basemap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 底图设置（未配置则为空）/ the optional base map tile layer */
    get: operations['BoundaryController_baseMap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 问题台账 / the ledger, newest first; mediators see their township */
    get: operations['FindingsController_list'];
    put?: never;
    /** 登记问题 / enter a problem found outside a patrol (screening, a report, a meeting) (201): a mediator for its township, the bureau for a township of its district; a marker problem joins the marker’s open finding */
    post: operations['FindingsController_enter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出台账 Excel / the ledger as an Excel workbook (序号、问题类型、界线、界桩、发现时间、责任单位、整改时限、整改情况、销号时间) */
    get: operations['FindingsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 台账条目 / one finding, with its linked case and incident */
    get: operations['FindingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办理记录 / the finding timeline, oldest first */
    get: operations['FindingsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 交办 / open → assigned (again while assigned); rectify deadline from the policy unless dueAt */
    post: operations['FindingsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始整改 / assigned → rectifying (the assignee, or the bureau) */
    post: operations['FindingsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交整改 / rectifying → submitted, with the marker work for a marker finding */
    post: operations['FindingsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 验收 / submitted → closed (销号) when accepted, else back to rectifying */
    post: operations['FindingsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/dispute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转为纠纷案件 / open a linked dispute case (screening); a retry answers the same case */
    post: operations['FindingsController_openDispute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/incident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 启动应急处置 / trigger a linked incident; a retry answers the same incident */
    post: operations['FindingsController_openIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/patrols': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 巡查记录 / patrols, newest first */
    get: operations['PatrolsController_list'];
    put?: never;
    /** 登记巡查 / record a patrol (201): each marker’s condition goes into the register, each marker found other than intact opens a finding (one per marker while it is open), free findings open their own */
    post: operations['PatrolsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/patrols/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 巡查记录 / one patrol */
    get: operations['PatrolsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/patrol-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 巡查计划 / plans, newest first */
    get: operations['PatrolPlansController_list'];
    put?: never;
    /** 制定巡查计划 / plan patrols per township with a due time (201) */
    post: operations['PatrolPlansController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/patrol-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 巡查计划 / one plan with its progress */
    get: operations['PatrolPlansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/patrol-plans/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计划记录 / the plan timeline, oldest first */
    get: operations['PatrolPlansController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jurisdictions/{code}/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 设置辖区的企业微信、钉钉群机器人（管理员）/ set the work-group robots of a jurisdiction (admin)
     * @description 该辖区用户的每条提醒也发往各机器人；省略的机器人被移除 / every alert for a user of the jurisdiction is also posted to each robot; a robot left out is removed
     */
    put: operations['ChannelsController_setChannels'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 控制台实时事件（SSE）/ the console’s live events (server-sent events)
     * @description `alert`：本人的新提醒；`subject`：可见的案件、事件等的变化 `{ subjectType, id, status }`。断线重连时带 Last-Event-ID 从断点续传 / `alert` for each new alert of the caller, `subject` when a subject the caller can see changes; reconnecting with Last-Event-ID resumes without losing events
     */
    get: operations['EventsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ack/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 手机确认链接所指的事件 / the incident a phone acknowledge link names (does not use the link) */
    get: operations['AckLinkController_describe'];
    put?: never;
    /**
     * 凭短信或群消息中的链接确认响应或报告到场 / acknowledge or report on scene from the link
     * @description 以链接接收人的身份办理，链接只能用一次且会过期，办理留痕于审计日志 / acts as the recipient the link was sent to; the link works once and expires; audited
     */
    post: operations['AckLinkController_use'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 联检列表 / the inspections of lines of the caller county, newest first */
    get: operations['JointInspectionsController_list'];
    put?: never;
    /**
     * 发起界线联检 / open a joint inspection of a line between two counties
     * @description 界线双方之一的民政局发起；应检界桩为发起时该界线登记的界桩 / by the bureau of a side; the markers to check are those the register holds for the line at that time.
     */
    post: operations['JointInspectionsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 联检详情 / one inspection */
    get: operations['JointInspectionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 联检记录 / every change and who made it, oldest first */
    get: operations['JointInspectionsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 联检报告（PDF）/ the joint inspection report as a PDF
     * @description 界线、期间、双方联检组、逐桩检查情况与维护、发现问题及整改销号、双方签署；内嵌中文字体 / the line, period, both teams, each marker with condition and repairs, findings and close-out, both signatures; the CJK font is embedded.
     */
    get: operations['JointInspectionsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections/{id}/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 进入下一阶段 / planning → field_work → reporting
     * @description 界线双方的区（县）民政局可操作，其他角色 403，非当事方 404 / the bureau of either side of the line; other roles 403, bureaus of other counties 404
     */
    post: operations['JointInspectionsController_advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 本方签署联检报告 / sign the report for the caller side; signed once both have
     * @description 界线双方的区（县）民政局可操作，其他角色 403，非当事方 404 / the bureau of either side of the line; other roles 403, bureaus of other counties 404
     */
    post: operations['JointInspectionsController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/joint-inspections/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 归档 / signed → archived; the next five-year cycle starts counting
     * @description 界线双方的区（县）民政局可操作，其他角色 403，非当事方 404 / the bureau of either side of the line; other roles 403, bureaus of other counties 404
     */
    post: operations['JointInspectionsController_archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @enum {string} */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'UNAUTHENTICATED'
      | 'FORBIDDEN'
      | 'PASSWORD_CHANGE_REQUIRED'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'INVALID_TRANSITION'
      | 'TOO_MANY_REQUESTS'
      | 'TOO_MANY_ATTEMPTS'
      | 'PAYLOAD_TOO_LARGE'
      | 'LINK_USED'
      | 'LINK_EXPIRED'
      | 'UNAVAILABLE'
      | 'INTERNAL';
    ErrorDto: {
      /** @example 404 */
      statusCode: number;
      error: components['schemas']['ErrorCode'];
      /**
       * @description 给人看的说明，中文；`Accept-Language: en` 时为英文 / readable message, English on request
       * @example 纠纷案件不存在
       */
      message: string;
    };
    /** @enum {string} */
    JurisdictionLevel: 'city' | 'district' | 'township' | 'village';
    JurisdictionDto: {
      /** @example T01 */
      code: string;
      /** @example 东坪镇 */
      name: string;
      level: components['schemas']['JurisdictionLevel'];
      /**
       * @description 上级区划 / the parent
       * @example D01
       */
      parentCode: string | null;
      /**
       * @description 第一责任人（用户名），收到本辖区的超期提醒 / first responsible: receives the misses here
       * @example leader
       */
      firstResponsible?: string;
      /**
       * @description 直接责任人（用户名），同样收到超期提醒 / direct responsible: receives the same misses
       * @example mediator.a
       */
      directResponsible?: string;
    };
    CreateJurisdictionDto: {
      /**
       * @description 代码（字母数字，至多 16 位）/ letters and digits, up to 16
       * @example T03
       */
      code: string;
      /** @example 南山镇 */
      name: string;
      level: components['schemas']['JurisdictionLevel'];
      /**
       * @description 上级 / parent; null for a city
       * @example D01
       */
      parentCode: string | null;
    };
    FieldProblemDto: {
      /**
       * @description 界线导入时：有误要素的编号（无编号时为 #序号）/ in a register import: the feature, by code or #position
       * @example JZ-12
       */
      feature?: string;
      /**
       * @description 字段路径 / body path, or a header name
       * @example parties.1.jurisdiction
       */
      field: string;
      /**
       * @example [
       *       "must be a known jurisdiction code"
       *     ]
       */
      problems: string[];
    };
    ValidationErrorDto: {
      /** @example 404 */
      statusCode: number;
      error: components['schemas']['ErrorCode'];
      /**
       * @description 给人看的说明，中文；`Accept-Language: en` 时为英文 / readable message, English on request
       * @example 纠纷案件不存在
       */
      message: string;
      /** @description 每个有误的字段一项；请求体不是合法 JSON 时没有 / one entry per field; absent for malformed JSON */
      details?: components['schemas']['FieldProblemDto'][];
    };
    UpdateJurisdictionDto: {
      /** @example 南山镇 */
      name?: string;
      /** @description 第一责任人（用户名）/ first responsible */
      firstResponsible?: string | null;
      /** @description 直接责任人（用户名）/ direct responsible */
      directResponsible?: string | null;
    };
    LoginDto: {
      /** @example mediator.a */
      username: string;
      /** @example demo1234 */
      password: string;
    };
    /** @enum {string} */
    UserRole: 'mediator' | 'bureau' | 'leader' | 'admin';
    LoginUserDto: {
      username: string;
      /** @example 东坪镇调解员 */
      displayName: string;
      role: components['schemas']['UserRole'];
      /** @description 调解员为乡镇，区民政局与领导为区，管理员为 null / township, district, or null for admin */
      jurisdiction: string | null;
      /** @description 须先修改密码 / must change the password first */
      mustChangePassword: boolean;
    };
    LoginResponseDto: {
      accessToken: string;
      user: components['schemas']['LoginUserDto'];
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description 至少 8 位，含字母和数字，不含用户名 / 8+ characters, letters and digits, not the username */
      newPassword: string;
    };
    UserView: {
      /** @example mediator.t03 */
      username: string;
      /** @example 南山镇调解员 */
      displayName: string;
      role: components['schemas']['UserRole'];
      /** @example T03 */
      jurisdiction: string | null;
      /** @description 已停用 / disabled */
      disabled: boolean;
      /** @description 下次登录须修改密码 / must change the password at next sign-in */
      mustChangePassword: boolean;
      /** @example +86 138 0000 0000 */
      phone?: string;
      /** @example https://hooks.example.cn/boundary */
      webhookUrl?: string;
    };
    CreateUserDto: {
      /**
       * @description 3–64 位字母、数字、. _ - / letters, digits, . _ -
       * @example mediator.t03
       */
      username: string;
      /** @example 南山镇调解员 */
      displayName: string;
      role: components['schemas']['UserRole'];
      /** @description 乡镇（调解员）、区县或市；管理员为 null */
      jurisdiction: string | null;
      /** @description 初始密码，首次登录须修改 / initial password, changed at first login */
      password: string;
      /** @example +86 138 0000 0000 */
      phone?: string;
    };
    UpdateUserDto: {
      displayName?: string;
      role?: components['schemas']['UserRole'];
      jurisdiction?: string | null;
      /** @description 停用 / disabled: ends the user’s sessions */
      disabled?: boolean;
      phone?: string | null;
    };
    ResetPasswordDto: {
      /** @description 新的初始密码，用户下次登录须修改 / changed by the user at next login */
      password: string;
    };
    PasswordResetView: {
      /**
       * @description 密码已重置的用户 / whose password was reset
       * @example mediator.t03
       */
      username: string;
    };
    SetWebhookDto: {
      /**
       * @description 接收提醒的地址；null 取消 / where alerts are POSTed; null removes it
       * @example https://hooks.example.cn/boundary
       */
      url: string | null;
    };
    WebhookView: {
      /** @example https://hooks.example.cn/boundary */
      url: string | null;
      /** @description 签名密钥，仅此一次显示；取消时没有 / the signing secret, shown this once (HMAC-SHA256 of "timestamp.body"); absent when the webhook is removed */
      secret?: string;
    };
    /** @enum {string} */
    AuditOutcome: 'success' | 'failure';
    AuditItemView: {
      /**
       * @description 行号，audit:verify 以此指出断链处 / row id, as audit:verify names it
       * @example 42
       */
      id: string;
      /** Format: date-time */
      at: string;
      /**
       * @description 操作人；登录失败时为所填用户名 / who acted, or the name tried
       * @example admin
       */
      actor: string;
      /**
       * @description login、password_change、password_reset、user_create、user_update、user_disable、webhook_set、jurisdiction_create、jurisdiction_update
       * @example login
       */
      action: string;
      /** @example user:mediator.a */
      target: string | null;
      /** @example 203.0.113.7 */
      ip: string | null;
      outcome: components['schemas']['AuditOutcome'];
      /** @description 随操作而定 / depends on the action */
      details: Record<string, never>;
    };
    AuditPageView: {
      items: components['schemas']['AuditItemView'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    /** @enum {string} */
    ServiceState: 'ok' | 'down';
    ServiceChecksDto: {
      temporal: components['schemas']['ServiceState'];
      /** @description 数据库 / PostgreSQL */
      database: components['schemas']['ServiceState'];
      redis: components['schemas']['ServiceState'];
    };
    HealthDto: {
      /** @enum {string} */
      status: 'ok';
      /** @description 全部为 ok / all ok */
      checks: components['schemas']['ServiceChecksDto'];
    };
    HealthDownDetailsDto: {
      /** @enum {string} */
      status: 'error';
      /** @description down 的即不可用者 / the ones down */
      checks: components['schemas']['ServiceChecksDto'];
    };
    HealthDownErrorDto: {
      /** @example 404 */
      statusCode: number;
      error: components['schemas']['ErrorCode'];
      /**
       * @description 给人看的说明，中文；`Accept-Language: en` 时为英文 / readable message, English on request
       * @example 纠纷案件不存在
       */
      message: string;
      details: components['schemas']['HealthDownDetailsDto'];
    };
    /** @enum {string} */
    DisputeCategory: 'land_acquisition' | 'mining' | 'water_works' | 'forest_land' | 'grassland' | 'other';
    PartyDto: {
      /**
       * @description 当事方所属行政区划代码
       * @example T01
       */
      jurisdiction: string;
      /** @example 东坪镇石门村 */
      name: string;
    };
    /** @enum {string} */
    RiskLevel: 'low' | 'medium' | 'high';
    /** @enum {string} */
    DisputeTier: 'village' | 'township' | 'district' | 'cross_county';
    LocationDto: {
      /** @example 27.91 */
      lat: number;
      /** @example 112.53 */
      lng: number;
    };
    CreateDisputeDto: {
      /** @example 石门村与邻县王家村林地界线争议 */
      title: string;
      category: components['schemas']['DisputeCategory'];
      parties: components['schemas']['PartyDto'][];
      /**
       * @description 负责乡镇 / owner township
       * @example T01
       */
      ownerJurisdiction: string;
      description: string;
      riskLevel: components['schemas']['RiskLevel'];
      /** @default village */
      tier?: components['schemas']['DisputeTier'];
      /** @example 东坪—王家段 12 号界桩至 15 号界桩 */
      boundarySegment?: string;
      markerIds?: string[];
      location?: components['schemas']['LocationDto'];
      /**
       * @description 所涉界线（登记编号）/ the boundary line it concerns
       * @example L-D01-N01-1
       */
      lineCode?: string;
    };
    /** @enum {string} */
    DisputeStatus:
      | 'screening'
      | 'reported'
      | 'mediating'
      | 'agreed'
      | 'closed'
      | 'resolved_locally'
      | 'withdrawn'
      | 'referred';
    /** @enum {string} */
    RoundOutcome: 'progress' | 'no_progress' | 'agreement_reached' | 'breakdown';
    AttendanceDto: {
      name: string;
      /** @example N01 */
      side: string;
    };
    MediationRoundDto: {
      /**
       * @description 第几轮，从 1 起 / round number from 1
       * @example 1
       */
      number: number;
      /** Format: date-time */
      heldAt: string;
      participants: string[];
      /** @description 是否实地踏勘 / site survey held */
      siteSurvey: boolean;
      /** @description 查阅的档案 / archives reviewed */
      archivesReviewed: string[];
      notes: string;
      outcome: components['schemas']['RoundOutcome'];
      /**
       * @description 记录人 / recorded by
       * @example mediator.a
       */
      recordedBy: string;
      /** @description 到场的联合调解组成员及其所属一方 / joint group members present, with their side */
      attendance?: components['schemas']['AttendanceDto'][];
    };
    ConfirmationDto: {
      /**
       * @description 确认的一方 / the side that confirmed
       * @example N01
       */
      side: string;
      /**
       * @description 确认人 / confirmed by
       * @example bureau.n01
       */
      by: string;
      /** Format: date-time */
      at: string;
    };
    CaseAgreementDto: {
      terms: string;
      signatories: string[];
      /** @example 2026-11-21T08:00:00Z */
      signedAt: string;
      /** @description 跨县协议：各方民政局的确认，全部确认后案件为 agreed / cross-county: each side bureau confirms; agreed once all have */
      confirmations?: components['schemas']['ConfirmationDto'][];
    };
    JointGroupMemberDto: {
      /**
       * @description 系统用户名；外聘人员不填 / the user, if the member is one; absent for named outsiders
       * @example mediator.c
       */
      username?: string;
      /** @example 石桥镇调解员李某 */
      name: string;
      /**
       * @description 代表的一方（县级行政区代码）/ the county-level side spoken for
       * @example N01
       */
      side: string;
      /**
       * @description lead 组长 / member 成员
       * @enum {string}
       */
      role: 'lead' | 'member';
    };
    JointGroupViewDto: {
      members: components['schemas']['JointGroupMemberDto'][];
      /** @example bureau */
      setBy: string;
      /** Format: date-time */
      setAt: string;
    };
    DecisionViewDto: {
      decision: string;
      /** @example 示政函〔2026〕12号 */
      documentRef: string;
      /** @example city */
      by: string;
      /** Format: date-time */
      at: string;
    };
    /**
     * @description pending 未到期 / met 按期 / missed 超期
     * @enum {string}
     */
    DeadlineStatus: 'pending' | 'met' | 'missed';
    /**
     * @description report 上报 / accept 受理 / round 两轮调解间隔 / mediation 调解总期限 / follow_up 履行回访
     * @enum {string}
     */
    DisputeDeadlineKind: 'report' | 'accept' | 'round' | 'mediation' | 'follow_up';
    DisputeDeadlineDto: {
      /**
       * Format: date-time
       * @description 到期时间 / due time (UTC)
       */
      dueAt: string;
      /** @description pending 未到期 / met 按期 / missed 超期 */
      status: components['schemas']['DeadlineStatus'];
      /** @description report 上报 / accept 受理 / round 两轮调解间隔 / mediation 调解总期限 / follow_up 履行回访 */
      kind: components['schemas']['DisputeDeadlineKind'];
    };
    DisputeCaseDto: {
      /** Format: uuid */
      id: string;
      title: string;
      category: components['schemas']['DisputeCategory'];
      status: components['schemas']['DisputeStatus'];
      tier: components['schemas']['DisputeTier'];
      /**
       * @description 负责乡镇 / owner township
       * @example T01
       */
      ownerJurisdiction: string;
      /**
       * @description 负责乡镇所属的区 / the district of the owner township
       * @example D01
       */
      district: string;
      parties: components['schemas']['PartyDto'][];
      riskLevel: components['schemas']['RiskLevel'];
      description: string;
      boundarySegment?: string;
      markerIds?: string[];
      location?: components['schemas']['LocationDto'];
      /**
       * @description 所涉界线（登记编号）/ the boundary line it concerns
       * @example L-D01-N01-1
       */
      lineCode?: string;
      /**
       * Format: uuid
       * @description 来源台账问题 / the ledger finding it came from
       */
      findingId?: string;
      rounds: components['schemas']['MediationRoundDto'][];
      /** @description 调解人员（启动调解时确定）/ named when mediation starts */
      mediators: string[];
      /** @description 调解协议 / the signed agreement */
      agreement?: components['schemas']['CaseAgreementDto'];
      /**
       * @description 当事各方所属县级行政区，两个以上为跨县案件 / county-level units of the parties; 2+: cross-county
       * @example [
       *       "D01",
       *       "N01"
       *     ]
       */
      sides?: string[];
      /** @description 联合调解组 / the joint mediation group */
      jointGroup?: components['schemas']['JointGroupViewDto'];
      /**
       * @description 移交的共同上级 / the common superior a referred case went to
       * @example C01
       */
      referredTo?: string;
      /** @description 移交后等待共同上级决定 / referred, awaiting the superior decision */
      decisionPending?: boolean;
      /** @description 共同上级的处理决定 / the superior decision */
      decision?: components['schemas']['DecisionViewDto'];
      /** @description 结案归档号 / archive reference given at closing */
      archiveRef?: string;
      /** @description 期限，按设定先后 / deadlines in the order set */
      deadlines: components['schemas']['DisputeDeadlineDto'][];
      /** @description 关联的突发事件 / linked incidents */
      incidentIds: string[];
      /**
       * @description 立案人 / opened by
       * @example mediator.a
       */
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    DisputePageDto: {
      items: components['schemas']['DisputeCaseDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    TimelineEntryDto: {
      /** Format: date-time */
      at: string;
      /**
       * @description 操作人用户名，或 system（到期自动升级）/ username, or system
       * @example mediator.a
       */
      actor: string;
      /**
       * @description 跨县案件中操作人所代表的一方（县级单位）/ on a cross-county case, the side the actor acts for
       * @example N01
       */
      actorSide?: string;
      /**
       * @description 动作 / what happened
       * @example reported
       */
      action: string;
      /** @example screening */
      fromStatus: string | null;
      /** @example reported */
      toStatus: string | null;
      /**
       * @description 该动作的内容（随动作不同）/ what the action carried, per action
       * @example {
       *       "tier": "township",
       *       "summary": "已核实，需乡镇调处"
       *     }
       */
      data: {
        [key: string]: unknown;
      };
      /**
       * @description 原因（data.reason）的中文说明 / the reason in Chinese, when the entry has one
       * @example 已达最多调解轮次 3，自动升级
       */
      reasonText?: string;
      /**
       * @description 原因的英文说明 / the reason in English
       * @example max rounds (3) reached: escalated automatically
       */
      reasonTextEn?: string;
    };
    ReportDisputeDto: {
      tier: components['schemas']['DisputeTier'];
      summary: string;
    };
    TransitionRefusalDto: {
      /**
       * @description 当前状态 / the current status
       * @example screening
       */
      status: string;
      /**
       * @description 当前状态下允许的操作（状态表）/ the actions the status table allows now
       * @example [
       *       "report",
       *       "resolve_locally",
       *       "escalate",
       *       "withdraw"
       *     ]
       */
      allowed: string[];
    };
    InvalidTransitionErrorDto: {
      /** @example 404 */
      statusCode: number;
      error: components['schemas']['ErrorCode'];
      /**
       * @description 给人看的说明，中文；`Accept-Language: en` 时为英文 / readable message, English on request
       * @example 纠纷案件不存在
       */
      message: string;
      details: components['schemas']['TransitionRefusalDto'];
    };
    SummaryDto: {
      summary: string;
    };
    StartMediationDto: {
      /**
       * @example [
       *       "mediator.a",
       *       "邻县调解员李某"
       *     ]
       */
      mediators: string[];
      summary?: string;
    };
    RecordRoundDto: {
      /** @example 2026-11-20T02:00:00Z */
      heldAt: string;
      participants: string[];
      siteSurvey: boolean;
      archivesReviewed: string[];
      notes: string;
      outcome: components['schemas']['RoundOutcome'];
    };
    AgreementDto: {
      terms: string;
      signatories: string[];
      /** @example 2026-11-21T08:00:00Z */
      signedAt: string;
    };
    NoInputDto: Record<string, never>;
    DecisionDto: {
      /**
       * @description 处理决定 / the decision
       * @example 以1998年勘界协议确定的线位为准
       */
      decision: string;
      /**
       * @description 决定文号 / the document reference
       * @example 示政函〔2026〕12号
       */
      documentRef: string;
    };
    JointGroupDto: {
      /** @description 双方成员 / members of both sides */
      members: components['schemas']['JointGroupMemberDto'][];
    };
    CloseDisputeDto: {
      /**
       * @description 协议已履行 / the agreement has been implemented
       * @enum {boolean}
       */
      implemented: true;
      /** @example DA-2026-017 */
      archiveRef: string;
    };
    EscalateDisputeDto: {
      reason: string;
      /** @description 同时启动应急预案 / also trigger an incident */
      emergency?: boolean;
    };
    ReasonDto: {
      reason: string;
    };
    /**
     * @description 响应级别，I 级最高 / I is the most severe
     * @enum {string}
     */
    Severity: 'I' | 'II' | 'III' | 'IV';
    CreateIncidentDto: {
      /** @example 石门村与王家村村民在12号界桩处聚集对峙 */
      title: string;
      /**
       * @description 事件类型 / kind of incident (free text)
       * @example mass_gathering
       */
      type: string;
      /** @description 响应级别，I 级最高 / I is the most severe */
      severity: components['schemas']['Severity'];
      /**
       * @description 事发乡镇，或区（全区性事件） / a township, or the district
       * @example T01
       */
      jurisdiction: string;
      description: string;
      /** @description 关联的纠纷案件 / the dispute case it broke out of */
      disputeId?: string;
      location?: components['schemas']['LocationDto'];
      /**
       * @description 所涉界线（登记编号）/ the boundary line it concerns
       * @example L-D01-N01-1
       */
      lineCode?: string;
    };
    /** @enum {string} */
    IncidentStatus: 'triggered' | 'acknowledged' | 'on_scene' | 'resolved';
    /** @enum {string} */
    EscalationRole: 'mediator' | 'bureau' | 'leader';
    NotifiedStepDto: {
      /**
       * @description 预案升级链中的第几步，从 0 起 / step of the chain, from 0
       * @example 0
       */
      step: number;
      /**
       * @description 升级链第几遍（repeat）/ run of the chain
       * @example 0
       */
      round: number;
      role: components['schemas']['EscalationRole'];
      /** Format: date-time */
      at: string;
    };
    PendingEscalationDto: {
      step: number;
      round: number;
      role: components['schemas']['EscalationRole'];
      /** Format: date-time */
      dueAt: string;
    };
    /**
     * @description acknowledge 确认响应 / arrive 到达现场
     * @enum {string}
     */
    IncidentDeadlineKind: 'acknowledge' | 'arrive';
    IncidentDeadlineDto: {
      /**
       * Format: date-time
       * @description 到期时间 / due time (UTC)
       */
      dueAt: string;
      /** @description pending 未到期 / met 按期 / missed 超期 */
      status: components['schemas']['DeadlineStatus'];
      /** @description acknowledge 确认响应 / arrive 到达现场 */
      kind: components['schemas']['IncidentDeadlineKind'];
    };
    IncidentResolutionDto: {
      summary: string;
      resolvedBy: string;
      /** Format: date-time */
      resolvedAt: string;
    };
    IncidentDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /**
       * @description 事件类型 / kind of incident
       * @example mass_gathering
       */
      type: string;
      /** @description 响应级别，I 级最高 / I is the most severe */
      severity: components['schemas']['Severity'];
      status: components['schemas']['IncidentStatus'];
      /**
       * @description 事发乡镇，或区（全区性事件）/ a township, or the district
       * @example T01
       */
      jurisdiction: string;
      /** @example D01 */
      district: string;
      description: string;
      /** @description 关联的纠纷案件 / the case it broke out of */
      disputeId?: string;
      location?: components['schemas']['LocationDto'];
      /**
       * @description 所涉界线（登记编号）/ the boundary line it concerns
       * @example L-D01-N01-1
       */
      lineCode?: string;
      /**
       * Format: uuid
       * @description 来源台账问题 / the ledger finding it came from
       */
      findingId?: string;
      /** @description 最近通知到的升级步骤 / the last step of the chain notified */
      escalationStep: number;
      /** @description 升级链第几遍 / run of the chain */
      escalationRound: number;
      notified: components['schemas']['NotifiedStepDto'][];
      /** @description 下一步升级（确认或处置后没有）/ the next step; absent once acknowledged or resolved */
      nextEscalation?: components['schemas']['PendingEscalationDto'];
      deadlines: components['schemas']['IncidentDeadlineDto'][];
      acknowledgedBy?: string;
      /** Format: date-time */
      acknowledgedAt?: string;
      /** Format: date-time */
      onSceneAt?: string;
      resolution?: components['schemas']['IncidentResolutionDto'];
      /**
       * @description 启动人 / triggered by
       * @example bureau
       */
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    IncidentPageDto: {
      items: components['schemas']['IncidentDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    IncidentNoteDto: {
      note?: string;
    };
    SitrepDto: {
      /** @example 现场已隔离双方人员，派出所民警到场 */
      text: string;
    };
    ChangeSeverityDto: {
      severity: components['schemas']['Severity'];
      reason: string;
    };
    /** @enum {string} */
    AlertKind:
      'deadline_approaching' | 'deadline_missed' | 'escalated' | 'incident_triggered' | 'severity_changed';
    /** @enum {string} */
    SubjectType: 'dispute' | 'incident' | 'finding' | 'patrol_plan' | 'joint_inspection';
    AlertDeliveryDto: {
      /** @enum {string} */
      channel: 'inbox' | 'webhook' | 'wecom' | 'dingtalk' | 'sms';
      /**
       * @description pending 待发或重试中；failed 被拒收或重试用尽 / failed: refused, or out of retries
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      /** @description 已尝试次数 / attempts so far */
      attempts: number;
      /** @description 最近一次失败原因 / why the last attempt failed */
      error?: string;
    };
    AlertDto: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['AlertKind'];
      subjectType: components['schemas']['SubjectType'];
      /** @description 案件或事件的 id / the case or incident id */
      subjectId: string;
      /**
       * @description 到期提醒和超期提醒所涉期限（案件或事件的期限种类）/ on deadline_approaching and deadline_missed: the deadline kind
       * @example report
       */
      deadlineKind?: string;
      /** @description 提醒内容，中文；Accept-Language: en 时为英文 / the text, English on request */
      message: string;
      /**
       * Format: date-time
       * @description 工作流作出提醒的时间 / when the workflow decided it
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description 已读时间 / read at
       */
      readAt: string | null;
      /** @description 各渠道送达情况 / delivery per channel */
      deliveries: components['schemas']['AlertDeliveryDto'][];
    };
    StatusCountDto: {
      status: components['schemas']['DisputeStatus'];
      count: number;
    };
    TierCountDto: {
      tier: components['schemas']['DisputeTier'];
      count: number;
    };
    CategoryCountDto: {
      category: components['schemas']['DisputeCategory'];
      count: number;
    };
    CaseStatsDto: {
      total: number;
      /** @description 每个状态都列出，含 0 / every status, zeros included */
      byStatus: components['schemas']['StatusCountDto'][];
      byTier: components['schemas']['TierCountDto'][];
      byCategory: components['schemas']['CategoryCountDto'][];
    };
    TownshipStatsDto: {
      /** @example T01 */
      jurisdiction: string;
      /** @example 东坪镇 */
      name: string;
      deadlinesMet: number;
      deadlinesMissed: number;
      /** @description 按期率 met / (met + missed), 0..1, 4 decimals; null when no deadline has been settled */
      deadlineMetShare: number | null;
      /** @description 已签订协议的案件数 / cases with a signed agreement */
      agreements: number;
      /** @description 立案至签订协议平均天数 / mean days from opened to agreement_signed (timeline), 2 decimals */
      meanDaysToAgreement: number | null;
      /** @description 按期销号的台账问题 / findings closed with the rectify deadline met */
      findingsClosedOnTime: number;
      /** @description 超期后销号 / findings closed after the deadline was missed */
      findingsClosedLate: number;
      /** @description 超期未销号 / open findings past their deadline */
      findingsOverdue: number;
      /** @description 未销号 / open findings */
      findingsOpen: number;
      /** @description 巡查计划中本乡镇的界桩数 / markers its plans target */
      patrolMarkersPlanned: number;
      /** @description 已巡查的计划界桩 / of those, checked */
      patrolMarkersChecked: number;
      /** @description 巡查覆盖率 checked / planned, 0..1, 4 decimals; null without a plan */
      patrolCoverage: number | null;
    };
    SeverityStatsDto: {
      severity: components['schemas']['Severity'];
      count: number;
      acknowledged: number;
      /** @description 平均响应（确认）分钟数 / mean minutes from trigger to acknowledge, 2 decimals */
      meanMinutesToAcknowledge: number | null;
    };
    IncidentStatsDto: {
      total: number;
      /** @description 每个级别都列出，I 级在前 / every severity, I first */
      bySeverity: components['schemas']['SeverityStatsDto'][];
    };
    StatsResponseDto: {
      from: string | null;
      to: string | null;
      /** @description 统计范围 / the township or district counted */
      jurisdiction: string | null;
      cases: components['schemas']['CaseStatsDto'];
      townships: components['schemas']['TownshipStatsDto'][];
      incidents: components['schemas']['IncidentStatsDto'];
    };
    LineStringDto: {
      /** @enum {string} */
      type: 'LineString';
      /**
       * @example [
       *       [
       *         112.5,
       *         27.942
       *       ],
       *       [
       *         112.5085,
       *         27.9388
       *       ]
       *     ]
       */
      coordinates: number[][];
    };
    /** @enum {string} */
    LineLevel: 'provincial' | 'municipal' | 'county' | 'township';
    LineFeaturePropertiesDto: {
      /** @enum {string} */
      kind: 'line';
      code: string;
      name: string;
      level: components['schemas']['LineLevel'];
      sides: string[];
      townships: string[];
      lengthMeters: number;
      markerCount: number;
      agreementRef?: string;
    };
    LineFeatureDto: {
      /** @enum {string} */
      type: 'Feature';
      /** @description 界线编号 / the line code */
      id: string;
      geometry: components['schemas']['LineStringDto'];
      properties: components['schemas']['LineFeaturePropertiesDto'];
    };
    PointDto: {
      /** @enum {string} */
      type: 'Point';
      /**
       * @description [经度, 纬度] / [longitude, latitude]
       * @example [
       *       112.5085,
       *       27.9388
       *     ]
       */
      coordinates: number[];
    };
    /** @enum {string} */
    MarkerType: 'single' | 'double' | 'triple';
    /** @enum {string} */
    MarkerStatus: 'intact' | 'tilted' | 'damaged' | 'missing' | 'obscured';
    MarkerFeaturePropertiesDto: {
      /** @enum {string} */
      kind: 'marker';
      code: string;
      lineCode: string;
      type: components['schemas']['MarkerType'];
      responsibleSide: string;
      status: components['schemas']['MarkerStatus'];
    };
    MarkerFeatureDto: {
      /** @enum {string} */
      type: 'Feature';
      /** @description 界桩编号 / the marker code */
      id: string;
      geometry: components['schemas']['PointDto'];
      properties: components['schemas']['MarkerFeaturePropertiesDto'];
    };
    RegisterCollectionDto: {
      /** @enum {string} */
      type: 'FeatureCollection';
      /** @description 先界线后界桩 / lines, then markers */
      features: (components['schemas']['LineFeatureDto'] | components['schemas']['MarkerFeatureDto'])[];
    };
    CreateLineDto: {
      /** @example L-D01-N01-1 */
      code: string;
      /** @example 示范区—邻县界线 东坪段 */
      name: string;
      level: components['schemas']['LineLevel'];
      /**
       * @description 界线两侧 / the two sides
       * @example [
       *       "D01",
       *       "N01"
       *     ]
       */
      sides: string[];
      /**
       * @description 沿线乡镇（其调解员可见）；乡镇界线默认为两侧乡镇 / townships along the line, whose mediators read it
       * @example [
       *       "T01"
       *     ]
       */
      townships?: string[];
      /**
       * @description GeoJSON LineString, [longitude, latitude] (WGS-84 / CGCS2000)
       * @example {
       *       "type": "LineString",
       *       "coordinates": [
       *         [
       *           112.5,
       *           27.942
       *         ],
       *         [
       *           112.5085,
       *           27.9388
       *         ]
       *       ]
       *     }
       */
      geometry: Record<string, never>;
      /**
       * @description 界线协议书 / agreement reference
       * @example 界线协议书 2003-01
       */
      agreementRef?: string;
    };
    LineDto: {
      /** @example L-D01-N01-1 */
      code: string;
      /** @example 示范区—邻县界线 东坪段 */
      name: string;
      level: components['schemas']['LineLevel'];
      /**
       * @example [
       *       "D01",
       *       "N01"
       *     ]
       */
      sides: string[];
      /** @description 沿线乡镇 / townships along the line */
      townships: string[];
      /** @description GeoJSON LineString */
      geometry: components['schemas']['LineStringDto'];
      /**
       * @description 椭球面长度（米）/ length on the ellipsoid, metres
       * @example 1234.5
       */
      lengthMeters: number;
      /** @description 界桩数 / markers on the line */
      markerCount: number;
      /** @description 界线协议书 / agreement reference */
      agreementRef?: string;
    };
    CreateMarkerDto: {
      /** @example JZ-12 */
      code: string;
      /** @example L-D01-N01-2 */
      lineCode: string;
      /** @description 单立、同号双立、同号三立 */
      type: components['schemas']['MarkerType'];
      location: components['schemas']['LocationDto'];
      /**
       * @description 负责维护的一方 / the side that maintains it
       * @example D01
       */
      responsibleSide: string;
      /** @default intact */
      status?: components['schemas']['MarkerStatus'];
    };
    /** @enum {string} */
    MarkerSource: 'register' | 'import' | 'patrol' | 'repair' | 'inspection';
    MarkerHistoryDto: {
      /** Format: date-time */
      at: string;
      status: components['schemas']['MarkerStatus'];
      /** @description 记录人 / who recorded it */
      by: string;
      source: components['schemas']['MarkerSource'];
      /** @description 巡查或维修记录编号 / patrol or repair reference */
      ref?: string;
      note?: string;
    };
    MarkerWithHistoryDto: {
      /** @example JZ-12 */
      code: string;
      /** @example L-D01-N01-2 */
      lineCode: string;
      type: components['schemas']['MarkerType'];
      location: components['schemas']['LocationDto'];
      /**
       * @description 负责维护的一方 / the side that maintains it
       * @example D01
       */
      responsibleSide: string;
      status: components['schemas']['MarkerStatus'];
      /** @description 与 near 点的距离（米）/ metres from the near= point */
      distanceMeters?: number;
      /** @description 状态记录，旧的在前 / oldest first */
      history: components['schemas']['MarkerHistoryDto'][];
    };
    MarkerDto: {
      /** @example JZ-12 */
      code: string;
      /** @example L-D01-N01-2 */
      lineCode: string;
      type: components['schemas']['MarkerType'];
      location: components['schemas']['LocationDto'];
      /**
       * @description 负责维护的一方 / the side that maintains it
       * @example D01
       */
      responsibleSide: string;
      status: components['schemas']['MarkerStatus'];
      /** @description 与 near 点的距离（米）/ metres from the near= point */
      distanceMeters?: number;
    };
    MarkerPageDto: {
      items: components['schemas']['MarkerDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    ReportMarkerStatusDto: {
      status: components['schemas']['MarkerStatus'];
      /**
       * @description 巡查、维修、联检或登记 / where the status comes from
       * @enum {string}
       */
      source: 'register' | 'patrol' | 'repair' | 'inspection';
      /**
       * @description 巡查或维修记录编号 / patrol or repair reference
       * @example XC-2024-031
       */
      ref?: string;
      /** @example 山体滑坡致界桩倾斜，已扶正加固 */
      note?: string;
    };
    FeatureCollectionDto: {
      /** @enum {string} */
      type: 'FeatureCollection';
      /** @description LineString features (properties: code, name, level, sides, townships?, agreementRef?) and Point features (properties: code, lineCode, type, responsibleSide, status?) */
      features: Record<string, never>[];
    };
    ImportResultDto: {
      /** @description 新建或变更的界线数 / lines created or changed */
      lines: number;
      /** @description 新建或变更的界桩数 / markers created or changed */
      markers: number;
    };
    BaseMapDto: {
      /** @description Leaflet URL 模板；未配置时无底图 / absent: no base map */
      urlTemplate?: string;
      /** @description 填入模板 {key} 的密钥 / the key put in for {key} */
      key?: string;
      /**
       * @description {s} 的取值 / values of {s}
       * @example abc
       */
      subdomains?: string;
      attribution?: string;
    };
    /** @enum {string} */
    FindingStatus: 'open' | 'assigned' | 'rectifying' | 'submitted' | 'closed';
    /** @enum {string} */
    FindingKind: 'marker' | 'line_unclear' | 'encroachment' | 'construction' | 'other';
    /**
     * @description rectify 整改时限
     * @enum {string}
     */
    FindingDeadlineKind: 'rectify';
    FindingDeadlineDto: {
      /**
       * Format: date-time
       * @description 到期时间 / due time (UTC)
       */
      dueAt: string;
      /** @description pending 未到期 / met 按期 / missed 超期 */
      status: components['schemas']['DeadlineStatus'];
      /** @description rectify 整改时限 */
      kind: components['schemas']['FindingDeadlineKind'];
    };
    /** @enum {string} */
    RepairWork: 'clear' | 'repaint' | 'straighten' | 'repair' | 'replace' | 'new';
    MarkerRepairViewDto: {
      work: components['schemas']['RepairWork'];
      cost?: number;
      days?: number;
    };
    RectificationDto: {
      summary: string;
      repair?: components['schemas']['MarkerRepairViewDto'];
      submittedBy: string;
      /** Format: date-time */
      submittedAt: string;
    };
    VerificationDto: {
      accepted: boolean;
      note: string;
      by: string;
      /** Format: date-time */
      at: string;
    };
    LinkedOutcomeDto: {
      id: string;
      /**
       * @description 其当前状态 / its current status
       * @example agreed
       */
      status: string;
    };
    FindingDto: {
      /** Format: uuid */
      id: string;
      /** @example JZ-05 界桩损坏 */
      title: string;
      kind: components['schemas']['FindingKind'];
      status: components['schemas']['FindingStatus'];
      /**
       * @description 责任乡镇 / responsible township
       * @example T01
       */
      jurisdiction: string;
      /** @example D01 */
      district: string;
      description: string;
      /** @example L-D01-N01-1 */
      lineCode?: string;
      /** @example JZ-05 */
      markerCode?: string;
      /** @description 发现时界桩状况 / the marker as found */
      markerCondition?: components['schemas']['MarkerStatus'];
      /** Format: uuid */
      patrolId?: string;
      location?: components['schemas']['LocationDto'];
      /**
       * Format: date-time
       * @description 发现时间 / when it was found
       */
      foundAt: string;
      /** @example mediator.a */
      assignee?: string;
      assignedBy?: string;
      deadlines: components['schemas']['FindingDeadlineDto'][];
      rectification?: components['schemas']['RectificationDto'];
      verifications: components['schemas']['VerificationDto'][];
      /**
       * Format: date-time
       * @description 销号时间 / when it was closed
       */
      closedAt?: string;
      /** Format: uuid */
      disputeId?: string;
      /** Format: uuid */
      incidentId?: string;
      /** @description 关联案件的状态 / the linked case (DisputeStatus) */
      dispute?: components['schemas']['LinkedOutcomeDto'];
      /** @description 关联事件的状态 / the linked incident (IncidentStatus) */
      incident?: components['schemas']['LinkedOutcomeDto'];
      /** @description 当前允许的操作（状态表）/ what the status table allows now */
      allowed: string[];
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    FindingPageDto: {
      items: components['schemas']['FindingDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    EnterFindingDto: {
      kind: components['schemas']['FindingKind'];
      /** @example 界线附近新建养殖棚，疑似越界 */
      description: string;
      /** @example JZ-05 */
      markerCode?: string;
      location?: components['schemas']['LocationDto'];
      /**
       * @description 责任乡镇；调解员默认本乡镇，区民政局必填 / the township responsible; a mediator's own by default
       * @example T01
       */
      jurisdiction?: string;
      /**
       * @description 所涉界线（登记编号）/ the boundary line it concerns
       * @example L-D01-N01-1
       */
      lineCode?: string;
      /**
       * @description 标题，默认取描述开头 / the title
       * @example 界线附近新建养殖棚
       */
      title?: string;
      /**
       * @description 发现时间，默认现在 / when it was found
       * @example 2026-11-20T01:00:00Z
       */
      foundAt?: string;
    };
    AssignFindingDto: {
      /**
       * @description 整改责任人（用户名）/ who puts it right
       * @example mediator.a
       */
      assignee: string;
      /**
       * @description 整改时限；缺省按政策 / overrides the policy
       * @example 2026-12-15T09:00:00Z
       */
      dueAt?: string;
    };
    EmptyBodyDto: Record<string, never>;
    MarkerRepairDto: {
      /** @description 清理、描绘、扶正、修复、更换、新设 */
      work: components['schemas']['RepairWork'];
      /**
       * @description 费用（元）/ cost in yuan
       * @example 1200
       */
      cost?: number;
      /**
       * @description 用工天数 / days of work
       * @example 2
       */
      days?: number;
    };
    SubmitRectificationDto: {
      /** @example 已扶正并加固基座 */
      summary: string;
      /** @description 界桩维护记录 / the marker work */
      repair?: components['schemas']['MarkerRepairDto'];
    };
    VerifyFindingDto: {
      /** @description 验收通过即销号 / accepted closes it */
      accepted: boolean;
      /** @example 现场核验，整改到位 */
      note: string;
    };
    FindingIncidentDto: {
      severity: components['schemas']['Severity'];
      /** @example 山体滑坡致JZ-05界桩倾倒 */
      title: string;
    };
    PatrolMarkerDto: {
      /** @example JZ-05 */
      code: string;
      /** @description 界桩现状 / the condition found */
      condition: components['schemas']['MarkerStatus'];
      /** @example 桩体倾斜约15度 */
      note?: string;
      /** @description 现场维护（清理、描绘、扶正、修复、更换、新设）/ work done on the spot */
      repairs?: components['schemas']['RepairWork'][];
    };
    PatrolFindingDto: {
      kind: components['schemas']['FindingKind'];
      /** @example 界线附近新建养殖棚，疑似越界 */
      description: string;
      /** @example JZ-05 */
      markerCode?: string;
      location?: components['schemas']['LocationDto'];
    };
    CreatePatrolDto: {
      /**
       * Format: uuid
       * @description 所属巡查计划 / the plan it counts toward
       */
      planId?: string;
      /** @description 所属界线联检 / the joint inspection whose field work this is */
      inspectionId?: string;
      /** @example L-D01-N01-1 */
      lineCode: string;
      /** @example 2026-11-20T01:00:00Z */
      startedAt: string;
      /** @example 2026-11-20T05:00:00Z */
      endedAt: string;
      /**
       * @description 巡查人员 / the team
       * @example [
       *       "张三",
       *       "李四"
       *     ]
       */
      team: string[];
      /** @description GPS 轨迹，GeoJSON LineString / the GPS track */
      track?: Record<string, never>;
      markers: components['schemas']['PatrolMarkerDto'][];
      /** @description 其他发现的问题 / further findings */
      findings?: components['schemas']['PatrolFindingDto'][];
    };
    LineStringViewDto: {
      /** @enum {string} */
      type: 'LineString';
      coordinates: number[][];
    };
    PatrolMarkerViewDto: {
      code: string;
      condition: components['schemas']['MarkerStatus'];
      note?: string;
      repairs?: components['schemas']['RepairWork'][];
    };
    PatrolFindingViewDto: {
      kind: components['schemas']['FindingKind'];
      description: string;
      markerCode?: string;
      location?: components['schemas']['LocationDto'];
    };
    PatrolDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      planId?: string;
      inspectionId?: string;
      lineCode: string;
      /** @example T01 */
      jurisdiction: string;
      /** @example D01 */
      district: string;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      endedAt: string;
      team: string[];
      track?: components['schemas']['LineStringViewDto'];
      markers: components['schemas']['PatrolMarkerViewDto'][];
      findings: components['schemas']['PatrolFindingViewDto'][];
      /** @description 本次巡查记入台账的问题（含仍未销号的同一界桩问题）/ the ledger entries this patrol is on */
      findingIds: string[];
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    PatrolPageDto: {
      items: components['schemas']['PatrolDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    PlanTargetDto: {
      /**
       * @description 巡查乡镇 / the township that patrols
       * @example T01
       */
      jurisdiction: string;
      /**
       * @description 整条巡查的界线 / whole lines
       * @example [
       *       "L-D01-N01-1"
       *     ]
       */
      lineCodes: string[];
      /**
       * @description 单独巡查的界桩 / single markers
       * @example [
       *       "JZ-21"
       *     ]
       */
      markerCodes: string[];
    };
    CreatePatrolPlanDto: {
      /** @example 2026年上半年县级界线巡查 */
      title: string;
      /**
       * @description 完成时限 / due time
       * @example 2026-06-30T16:00:00Z
       */
      dueAt: string;
      targets: components['schemas']['PlanTargetDto'][];
    };
    /** @enum {string} */
    PatrolPlanStatus: 'active' | 'completed' | 'overdue';
    PlanTargetViewDto: {
      /** @example T01 */
      jurisdiction: string;
      lineCodes: string[];
      markerCodes: string[];
      /** @description 计划巡查的全部界桩 / every marker planned */
      plannedMarkers: string[];
    };
    PlanProgressDto: {
      markersPlanned: number;
      markersChecked: number;
      /** @description 0-100 */
      percent: number;
    };
    TargetProgressDto: {
      markersPlanned: number;
      markersChecked: number;
      /** @description 0-100 */
      percent: number;
      /** @example T01 */
      jurisdiction: string;
    };
    PlanDeadlineDto: {
      /**
       * Format: date-time
       * @description 到期时间 / due time (UTC)
       */
      dueAt: string;
      /** @description pending 未到期 / met 按期 / missed 超期 */
      status: components['schemas']['DeadlineStatus'];
      /** @enum {string} */
      kind: 'plan_due';
    };
    PatrolPlanDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: date-time */
      dueAt: string;
      status: components['schemas']['PatrolPlanStatus'];
      /** @example D01 */
      district: string;
      targets: components['schemas']['PlanTargetViewDto'][];
      progress: components['schemas']['PlanProgressDto'];
      targetProgress: components['schemas']['TargetProgressDto'][];
      checkedMarkers: string[];
      patrolIds: string[];
      deadlines: components['schemas']['PlanDeadlineDto'][];
      /** Format: date-time */
      completedAt?: string;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    PatrolPlanPageDto: {
      items: components['schemas']['PatrolPlanDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    WecomRobotDto: {
      /**
       * @description 企业微信群机器人 Webhook 地址 / the WeCom group robot webhook
       * @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx
       */
      url: string;
    };
    DingtalkRobotDto: {
      /**
       * @description 钉钉自定义机器人 Webhook 地址 / the DingTalk custom robot webhook
       * @example https://oapi.dingtalk.com/robot/send?access_token=XXXXXX
       */
      url: string;
      /**
       * @description 加签密钥 / the signing secret (加签)
       * @example SEC000000
       */
      secret: string;
    };
    SetChannelsDto: {
      /** @description 省略则不设 / absent: none */
      wecomRobot?: components['schemas']['WecomRobotDto'];
      /** @description 省略则不设 / absent: none */
      dingtalkRobot?: components['schemas']['DingtalkRobotDto'];
    };
    RobotView: {
      url: string;
    };
    ChannelsView: {
      /** @example D01 */
      code: string;
      wecomRobot?: components['schemas']['RobotView'];
      /** @description 密钥不回显 / the secret is never shown */
      dingtalkRobot?: components['schemas']['RobotView'];
    };
    AckLinkView: {
      /** @description 突发事件 id / the incident id */
      incidentId: string;
      /** @description 事件名称 / title */
      title: string;
      /** @example I */
      severity: string;
      /** @example triggered */
      status: string;
      /** @description 链接的接收人 / whom the link was sent to */
      username: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description 链接是否仍可使用 / whether the link still works */
      usable: boolean;
    };
    UseAckLinkDto: {
      /**
       * @description 确认响应或报告到场 / acknowledge, or report on scene
       * @enum {string}
       */
      action: 'acknowledge' | 'on_scene';
      /** @description 备注 / a note */
      note?: string;
    };
    InspectionTeamDto: {
      /**
       * @description 一方（县级行政区代码）/ the side
       * @example N01
       */
      side: string;
      /**
       * @example [
       *       "李科长",
       *       "石桥镇界线员王某"
       *     ]
       */
      members: string[];
    };
    CreateJointInspectionDto: {
      /**
       * @description 界线编号 / the line
       * @example L-D01-N01-1
       */
      lineCode: string;
      /** @example 2026年示范区—邻县界线联检 */
      title: string;
      /** @example 2026-12-01 */
      plannedFrom: string;
      /** @example 2027-01-31 */
      plannedTo: string;
      /** @description 双方联检组 / the teams of both sides */
      teams?: components['schemas']['InspectionTeamDto'][];
    };
    /** @enum {string} */
    JointInspectionStatus: 'planning' | 'field_work' | 'reporting' | 'signed' | 'archived';
    CheckedMarkerDto: {
      /** @example JZ-01 */
      code: string;
      /**
       * @description 界桩状况 / marker status found
       * @example tilted
       */
      condition: string;
      /**
       * @description 现场维护 / repairs made
       * @example [
       *       "扶正",
       *       "描绘"
       *     ]
       */
      repairs?: string[];
      note?: string;
      patrolId: string;
      /** Format: date-time */
      checkedAt: string;
    };
    SignatureDto: {
      /** @example D01 */
      side: string;
      /** @example bureau */
      by: string;
      /** Format: date-time */
      at: string;
    };
    InspectionProgressDto: {
      markersPlanned: number;
      markersChecked: number;
      /** @example 50 */
      percent: number;
    };
    /**
     * @description planning 筹备 / field_work 实地检查 / reporting 报告与双方签署 / archive 归档 / next_cycle 下一轮联检（五年一次）
     * @enum {string}
     */
    JointInspectionDeadlineKind: 'planning' | 'field_work' | 'reporting' | 'archive' | 'next_cycle';
    InspectionDeadlineDto: {
      /**
       * Format: date-time
       * @description 到期时间 / due time (UTC)
       */
      dueAt: string;
      /** @description pending 未到期 / met 按期 / missed 超期 */
      status: components['schemas']['DeadlineStatus'];
      /** @description planning 筹备 / field_work 实地检查 / reporting 报告与双方签署 / archive 归档 / next_cycle 下一轮联检（五年一次） */
      kind: components['schemas']['JointInspectionDeadlineKind'];
    };
    JointInspectionDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @example L-D01-N01-1 */
      lineCode: string;
      status: components['schemas']['JointInspectionStatus'];
      /**
       * @description 界线双方 / the two sides
       * @example [
       *       "D01",
       *       "N01"
       *     ]
       */
      sides: string[];
      /**
       * @description 发起方 / the side that opened it
       * @example D01
       */
      district: string;
      /** @example 2026-12-01 */
      plannedFrom: string;
      /** @example 2027-01-31 */
      plannedTo: string;
      teams?: components['schemas']['InspectionTeamDto'][];
      /** @description 应检界桩 / the markers to check */
      markerCodes: string[];
      /** @description 已检界桩 / markers checked */
      markers: components['schemas']['CheckedMarkerDto'][];
      patrolIds: string[];
      findingIds: string[];
      signatures: components['schemas']['SignatureDto'][];
      progress: components['schemas']['InspectionProgressDto'];
      deadlines: components['schemas']['InspectionDeadlineDto'][];
      /** Format: date-time */
      fieldWorkFrom?: string;
      /** Format: date-time */
      fieldWorkTo?: string;
      archiveRef?: string;
      /** Format: date-time */
      archivedAt?: string;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    JointInspectionPageDto: {
      items: components['schemas']['JointInspectionDto'][];
      /**
       * @description 全部页的总数 / matches over all pages
       * @example 42
       */
      total: number;
      /** @description 为 false 时计数在 total 处停止（匹配超过 1,000 条，请缩小筛选范围）；缺省或 true 时 total 为精确数 / false: counting stopped at total (over 1,000 matches, narrow the filter); absent or true: total is exact */
      totalExact?: boolean;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    ArchiveInspectionDto: {
      /** @example LJ-2026-003 */
      archiveRef: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  OrganisationController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 按代码排序 / sorted by code */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JurisdictionDto'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  OrganisationController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateJurisdictionDto'];
      };
    };
    responses: {
      /** @description 新增的行政区 / the new jurisdiction */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JurisdictionDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description CONFLICT：行政区代码已存在 / the code is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  OrganisationController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateJurisdictionDto'];
      };
    };
    responses: {
      /** @description 修改后的行政区 / the jurisdiction after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JurisdictionDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description 令牌与用户 / the token and the user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description TOO_MANY_REQUESTS：同一账号自同一地址登录尝试过多，请一分钟后再试 / too many attempts for this account from this address (LOGIN_RATE_LIMIT a minute); TOO_MANY_ATTEMPTS：连续登录失败，账号暂时锁定 / the account is locked after LOGIN_MAX_FAILURES failed sign-ins from any address, for LOGIN_LOCKOUT */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description 新令牌与用户 / a fresh token and the user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 按用户名排序 / sorted by username */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description 新用户 / the new user */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description CONFLICT：用户名已存在 / the username is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description 修改后的用户 / the user after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      /** @description 已重置 / reset */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_setWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetWebhookDto'];
      };
    };
    responses: {
      /** @description 地址与新的签名密钥 / the address and its new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  OwnWebhookController_setWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetWebhookDto'];
      };
    };
    responses: {
      /** @description 地址与新的签名密钥 / the address and its new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description 操作人 / who acted */
        actor?: string;
        action?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页记录 / one page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 全部可用 / all up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description UNAVAILABLE：至少一项不可用，details.checks 指明哪一项 / details.checks names the one down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDownErrorDto'];
        };
      };
    };
  };
  DisputesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['DisputeStatus'];
        tier?: components['schemas']['DisputeTier'];
        jurisdiction?: string;
        /** @description 只看超期案件 / only overdue cases */
        overdue?: boolean;
        /** @description 标题或描述中的文字 / text in title or description */
        q?: string;
        /** @description lat,lng,meters (WGS-84; meters up to 100000): nearest first */
        near?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页案件 / one page of cases */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputePageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDisputeDto'];
      };
    };
    responses: {
      /** @description 此 Idempotency-Key 已立过案：返回该案件 / the key already opened this case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description 已立案，状态 screening / opened: screening */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 案件 / the case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 办理记录 / the timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_report: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportDisputeDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_resolveLocally: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SummaryDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_startMediation: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartMediationDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_recordRound: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRoundDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_agreement: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_confirmAgreement: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoInputDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_recordDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_setJointGroup: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JointGroupDto'];
      };
    };
    responses: {
      /** @description 带 jointGroup 的案件 / the case with its jointGroup */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseDisputeDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_escalate: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalateDisputeDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  DisputesController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['IncidentStatus'];
        severity?: components['schemas']['Severity'];
        jurisdiction?: string;
        /** @description lat,lng,meters (WGS-84; meters up to 100000): nearest first */
        near?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页事件 / one page of incidents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentPageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_trigger: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIncidentDto'];
      };
    };
    responses: {
      /** @description 已启动，状态 triggered / triggered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 事件 / the incident */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 处置记录 / the timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_acknowledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentNoteDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_onScene: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentNoteDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_sitrep: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SitrepDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_severity: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeSeverityDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IncidentsController_resolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SummaryDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AlertsController_list: {
    parameters: {
      query?: {
        /** @description 只看未读 / unread only */
        unread?: boolean;
      };
      header?: {
        /** @description 提醒内容默认中文，en 开头时为英文 / messages in Chinese unless it starts with en */
        'accept-language'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 本人的提醒 / the caller’s alerts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertDto'][];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AlertsController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description 提醒内容默认中文，en 开头时为英文 / messages in Chinese unless it starts with en */
        'accept-language'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 本人的提醒 / the caller’s alert */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AlertsController_read: {
    parameters: {
      query?: never;
      header?: {
        /** @description 提醒内容默认中文，en 开头时为英文 / messages in Chinese unless it starts with en */
        'accept-language'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已读的提醒 / the alert, now read */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  StatsController_summary: {
    parameters: {
      query?: {
        /** @description 起始时间（含）/ from, inclusive: ISO-8601 date or date-time */
        from?: string;
        /** @description 截止时间（不含）/ to, exclusive: ISO-8601 date or date-time */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 统计结果 / the figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsResponseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_lines: {
    parameters: {
      query?: {
        /** @description 一侧或沿线的辖区 / a side or a township along it */
        jurisdiction?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 按编号排序 / by code */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineDto'][];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_createLine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLineDto'];
      };
    };
    responses: {
      /** @description 已登记的界线 / the line as registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description CONFLICT：该编号已登记，未作改动 / the code is registered already; nothing was changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_line: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 界线 / the line */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_markers: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        line?: string;
        status?: components['schemas']['MarkerStatus'];
        /** @description lat,lng,meters (WGS-84; meters up to 100000): nearest first */
        near?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页界桩 / one page of markers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkerPageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_createMarker: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMarkerDto'];
      };
    };
    responses: {
      /** @description 已登记的界桩 / the marker as registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkerWithHistoryDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description CONFLICT：该编号已登记，未作改动 / the code is registered already; nothing was changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_marker: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 界桩 / the marker */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkerWithHistoryDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_reportStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportMarkerStatusDto'];
      };
    };
    responses: {
      /** @description 报告后的界桩 / the marker after the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkerWithHistoryDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_export: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 界线与界桩 / lines and markers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/geo+json': components['schemas']['RegisterCollectionDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeatureCollectionDto'];
      };
    };
    responses: {
      /** @description 新建或变更的数目 / counts created or changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  BoundaryController_baseMap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 未配置时为 {} / {} when none is configured */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BaseMapDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['FindingStatus'];
        kind?: components['schemas']['FindingKind'];
        /** @description 乡镇或区 / a township or the district */
        jurisdiction?: string;
        markerCode?: string;
        /** @description 只看超期未整改 / only overdue ones */
        overdue?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页台账 / one page of findings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingPageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_enter: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnterFindingDto'];
      };
    };
    responses: {
      /** @description 台账条目 / the finding */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_export: {
    parameters: {
      query: {
        /** @description 导出格式 / the format */
        format: 'xlsx';
        status?: components['schemas']['FindingStatus'];
        kind?: components['schemas']['FindingKind'];
        jurisdiction?: string;
        overdue?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 台账工作簿 / the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 台账条目 / the finding */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 办理记录 / the timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_assign: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignFindingDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyBodyDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitRectificationDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_verify: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyFindingDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_openDispute: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyBodyDto'];
      };
    };
    responses: {
      /** @description 关联的纠纷案件 / the linked case */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeCaseDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FindingsController_openIncident: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FindingIncidentDto'];
      };
    };
    responses: {
      /** @description 关联的突发事件 / the linked incident */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        planId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页巡查记录 / one page of patrols */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatrolPageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolsController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatrolDto'];
      };
    };
    responses: {
      /** @description 巡查记录 / the patrol */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatrolDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 巡查记录 / the patrol */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatrolDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolPlansController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['PatrolPlanStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页巡查计划 / one page of plans */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatrolPlanPageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolPlansController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatrolPlanDto'];
      };
    };
    responses: {
      /** @description 巡查计划 / the plan */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatrolPlanDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolPlansController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 巡查计划 / the plan */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatrolPlanDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PatrolPlansController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 计划记录 / the timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ChannelsController_setChannels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetChannelsDto'];
      };
    };
    responses: {
      /** @description 机器人（不含密钥）/ the robots, without the secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChannelsView'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  EventsController_stream: {
    parameters: {
      query: {
        lastEventId: string;
        /** @description EventSource 无法设置请求头 / for EventSource */
        access_token?: unknown;
      };
      header?: {
        /** @description 续传起点 / resume after this event */
        'last-event-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AckLinkController_describe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AckLinkView'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AckLinkController_use: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UseAckLinkDto'];
      };
    };
    responses: {
      /** @description 办理后的事件 / the incident after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description LINK_USED：手机确认链接已使用过 / the acknowledge link was used; LINK_EXPIRED：链接已过期 / the link has expired (ACK_LINK_TTL) */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['JointInspectionStatus'];
        lineCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页联检 / one page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionPageDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateJointInspectionDto'];
      };
    };
    responses: {
      /** @description 此 Idempotency-Key 已发起过 / the key opened it before */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionDto'];
        };
      };
      /** @description 已发起，状态 planning / opened: planning */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 联检 / the inspection */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 记录 / the timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF 文件 / the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ the user must first change a password an admin issued (POST /auth/password) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_advance: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoInputDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_sign: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoInputDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  JointInspectionsController_archive: {
    parameters: {
      query?: never;
      header?: {
        /** @description 幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ArchiveInspectionDto'];
      };
    };
    responses: {
      /** @description 办理后的完整记录 / the subject after the step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JointInspectionDto'];
        };
      };
      /** @description VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / the body, query or a header is invalid (unknown fields are refused); details lists each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorDto'];
        };
      };
      /** @description UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / the status table refuses the action; details names the status and what it allows */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvalidTransitionErrorDto'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / a backing service is down; nothing was done, so retrying is safe */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
}
