#include "core/enums.h"
#include "core/enumtable.h"

#include <QCoreApplication>

// The Chinese rendering of each label lives in translations/agentdesk_zh_CN.ts;
// the trailing comments only help a reader of this table.

QString translateEnumLabel(const EnumLabel &label)
{
    return QCoreApplication::translate("Enum", label.source, label.comment);
}

ENUM_TABLE(TicketKind,
           {TicketKind::Inquiry, "inquiry", QT_TRANSLATE_NOOP("Enum", "Inquiry")},          // 咨询
           {TicketKind::Request, "request", QT_TRANSLATE_NOOP("Enum", "Service request")},  // 服务请求
           {TicketKind::Complaint, "complaint", QT_TRANSLATE_NOOP("Enum", "Complaint")},    // 投诉
           {TicketKind::Report, "report", QT_TRANSLATE_NOOP("Enum", "Report")},             // 举报
           {TicketKind::Suggestion, "suggestion", QT_TRANSLATE_NOOP("Enum", "Suggestion")}) // 意见建议

ENUM_TABLE(Channel,
           {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone")},                        // 电话
           {Channel::Email, "email", QT_TRANSLATE_NOOP("Enum", "Email")},                        // 邮件
           {Channel::Online, "online", QT_TRANSLATE_NOOP("Enum", "Online")},                     // 在线
           {Channel::Branch, "branch", QT_TRANSLATE_NOOP("Enum", "Branch")},                     // 营业部
           {Channel::Transfer12386, "transfer_12386", QT_TRANSLATE_NOOP("Enum", "12386 transfer")}) // 12386转办

ENUM_TABLE(TicketState,
           {TicketState::New, "new", QT_TRANSLATE_NOOP("Enum", "New")},                         // 新建
           {TicketState::Accepted, "accepted", QT_TRANSLATE_NOOP("Enum", "Accepted")},          // 已受理
           {TicketState::Investigating, "investigating", QT_TRANSLATE_NOOP("Enum", "Investigating")}, // 调查中
           {TicketState::Processing, "processing", QT_TRANSLATE_NOOP("Enum", "Processing")},    // 处理中
           {TicketState::Replied, "replied", QT_TRANSLATE_NOOP("Enum", "Replied")},             // 已回复
           {TicketState::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Enum", "Follow-up")},        // 回访
           {TicketState::Closed, "closed", QT_TRANSLATE_NOOP("Enum", "Closed")},                // 已结案
           {TicketState::Mediation, "mediation", QT_TRANSLATE_NOOP("Enum", "In mediation")},    // 调解中
           {TicketState::Arbitration, "arbitration", QT_TRANSLATE_NOOP("Enum", "In arbitration")}) // 仲裁中

ENUM_TABLE(Priority,
           {Priority::Low, "low", QT_TRANSLATE_NOOP("Enum", "Low")},          // 低
           {Priority::Normal, "normal", QT_TRANSLATE_NOOP3("Enum", "Normal", "priority")}, // 普通
           {Priority::High, "high", QT_TRANSLATE_NOOP("Enum", "High")},       // 高
           {Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("Enum", "Urgent")}) // 紧急

ENUM_TABLE(TicketCategory,
           {TicketCategory::AccountOpening, "account_opening", QT_TRANSLATE_NOOP("Enum", "Account opening")}, // 开户
           {TicketCategory::AccountClosing, "account_closing", QT_TRANSLATE_NOOP("Enum", "Account closing")}, // 销户
           {TicketCategory::BankTransfer, "bank_transfer", QT_TRANSLATE_NOOP("Enum", "Bank-securities transfer")}, // 银证转账
           {TicketCategory::Password, "password", QT_TRANSLATE_NOOP("Enum", "Password reset")},  // 密码重置
           {TicketCategory::Trading, "trading", QT_TRANSLATE_NOOP("Enum", "Trading")},           // 交易委托
           {TicketCategory::Margin, "margin", QT_TRANSLATE_NOOP("Enum", "Margin trading")},      // 融资融券
           {TicketCategory::Suitability, "suitability", QT_TRANSLATE_NOOP("Enum", "Suitability")}, // 适当性
           {TicketCategory::Fees, "fees", QT_TRANSLATE_NOOP("Enum", "Fees and commissions")},    // 费用佣金
           {TicketCategory::Ipo, "ipo", QT_TRANSLATE_NOOP("Enum", "IPO subscription")},          // 新股申购
           {TicketCategory::Options, "options", QT_TRANSLATE_NOOP("Enum", "Options")},           // 股票期权
           {TicketCategory::HkConnect, "hk_connect", QT_TRANSLATE_NOOP("Enum", "HK Connect")},   // 港股通
           {TicketCategory::SystemOutage, "system_outage", QT_TRANSLATE_NOOP("Enum", "System outage")}, // 系统故障
           {TicketCategory::ServiceAttitude, "service_attitude", QT_TRANSLATE_NOOP("Enum", "Service attitude")}, // 服务态度
           {TicketCategory::MarketData, "market_data", QT_TRANSLATE_NOOP("Enum", "Market data")}, // 行情资讯
           {TicketCategory::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")})                 // 其他

ENUM_TABLE(ResolutionCode,
           {ResolutionCode::Explained, "explained", QT_TRANSLATE_NOOP("Enum", "Explained")},          // 解释说明
           {ResolutionCode::Resolved, "resolved", QT_TRANSLATE_NOOP("Enum", "Resolved")},             // 问题已解决
           {ResolutionCode::Compensated, "compensated", QT_TRANSLATE_NOOP("Enum", "Compensated")},    // 补偿赔付
           {ResolutionCode::NotSupported, "not_supported", QT_TRANSLATE_NOOP("Enum", "Claim not supported")}, // 诉求不予支持
           {ResolutionCode::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn by customer")}, // 客户撤诉
           {ResolutionCode::Mediated, "mediated", QT_TRANSLATE_NOOP("Enum", "Settled in mediation")},  // 调解结案
           {ResolutionCode::Arbitrated, "arbitrated", QT_TRANSLATE_NOOP("Enum", "Arbitration award")},  // 仲裁裁决
           {ResolutionCode::Merged, "merged", QT_TRANSLATE_NOOP("Enum", "Merged as a duplicate")}) // 重复工单已合并

ENUM_TABLE(FollowUpResult,
           {FollowUpResult::Satisfied, "satisfied", QT_TRANSLATE_NOOP("Enum", "Satisfied")},       // 满意
           {FollowUpResult::Unsatisfied, "unsatisfied", QT_TRANSLATE_NOOP("Enum", "Unsatisfied")}, // 不满意
           {FollowUpResult::Unreachable, "unreachable", QT_TRANSLATE_NOOP("Enum", "Unreachable")}) // 无法联系

ENUM_TABLE(MediationBody,
           {MediationBody::SacCentre, "sac_centre", QT_TRANSLATE_NOOP("Enum", "SAC Mediation Centre")}, // 中国证券业协会调解中心
           {MediationBody::InvestorServiceCentre, "isc", QT_TRANSLATE_NOOP("Enum", "China Securities Investor Service Centre")}, // 中证中小投资者服务中心
           {MediationBody::LocalAssociation, "local_association", QT_TRANSLATE_NOOP("Enum", "Local securities association")}, // 地方证券业协会
           {MediationBody::ArbitrationCommission, "arbitration_commission", QT_TRANSLATE_NOOP("Enum", "Arbitration commission")}) // 仲裁委员会

ENUM_TABLE(EventKind,
           {EventKind::Note, "note", QT_TRANSLATE_NOOP("Enum", "Internal note")},       // 内部备注
           {EventKind::Reply, "reply", QT_TRANSLATE_NOOP("Enum", "Reply to customer")}, // 回复客户
           {EventKind::Transition, "transition", QT_TRANSLATE_NOOP("Enum", "State change")}, // 状态变更
           {EventKind::Assignment, "assignment", QT_TRANSLATE_NOOP("Enum", "Assignment")},   // 分派
           {EventKind::Attachment, "attachment", QT_TRANSLATE_NOOP("Enum", "Attachment")},   // 附件
           {EventKind::Sla, "sla", QT_TRANSLATE_NOOP("Enum", "SLA event")},                  // 时限事件
           {EventKind::Citation, "citation", QT_TRANSLATE_NOOP("Enum", "Cited article")},    // 引用知识
           {EventKind::Link, "link", QT_TRANSLATE_NOOP("Enum", "Link")},                     // 关联
           {EventKind::Priority, "priority", QT_TRANSLATE_NOOP("Enum", "Priority change")})  // 优先级变更

ENUM_TABLE(Role,
           {Role::Agent, "agent", QT_TRANSLATE_NOOP("Enum", "Agent")},     // 坐席
           {Role::Lead, "lead", QT_TRANSLATE_NOOP("Enum", "Team lead")},   // 组长
           {Role::Trainer, "trainer", QT_TRANSLATE_NOOP("Enum", "Trainer")}, // 培训师
           {Role::Admin, "admin", QT_TRANSLATE_NOOP("Enum", "Administrator")}) // 管理员

ENUM_TABLE(AssignmentRule,
           {AssignmentRule::Manual, "manual", QT_TRANSLATE_NOOP("Enum", "Manual")},               // 手动
           {AssignmentRule::RoundRobin, "round_robin", QT_TRANSLATE_NOOP("Enum", "Round robin")}, // 轮询
           {AssignmentRule::LeastLoaded, "least_loaded", QT_TRANSLATE_NOOP("Enum", "Least loaded")}) // 最少负载

ENUM_TABLE(InvestorType,
           {InvestorType::Ordinary, "ordinary", QT_TRANSLATE_NOOP("Enum", "Ordinary investor")},          // 普通投资者
           {InvestorType::Professional, "professional", QT_TRANSLATE_NOOP("Enum", "Professional investor")}) // 专业投资者

ENUM_TABLE(RiskClass,
           {RiskClass::C1, "c1", QT_TRANSLATE_NOOP("Enum", "C1 Conservative")},   // C1 保守型
           {RiskClass::C2, "c2", QT_TRANSLATE_NOOP("Enum", "C2 Cautious")},       // C2 谨慎型
           {RiskClass::C3, "c3", QT_TRANSLATE_NOOP("Enum", "C3 Balanced")},       // C3 稳健型
           {RiskClass::C4, "c4", QT_TRANSLATE_NOOP("Enum", "C4 Active")},         // C4 积极型
           {RiskClass::C5, "c5", QT_TRANSLATE_NOOP("Enum", "C5 Aggressive")},     // C5 激进型
           {RiskClass::Lowest, "lowest", QT_TRANSLATE_NOOP("Enum", "Lowest category")}) // 最低类别

ENUM_TABLE(ProductRisk,
           {ProductRisk::R1, "r1", QT_TRANSLATE_NOOP("Enum", "R1 Low")},               // R1 低风险
           {ProductRisk::R2, "r2", QT_TRANSLATE_NOOP("Enum", "R2 Medium-low")},        // R2 中低风险
           {ProductRisk::R3, "r3", QT_TRANSLATE_NOOP("Enum", "R3 Medium")},            // R3 中风险
           {ProductRisk::R4, "r4", QT_TRANSLATE_NOOP("Enum", "R4 Medium-high")},       // R4 中高风险
           {ProductRisk::R5, "r5", QT_TRANSLATE_NOOP("Enum", "R5 High")})              // R5 高风险

ENUM_TABLE(IdType,
           {IdType::ResidentId, "resident_id", QT_TRANSLATE_NOOP("Enum", "Resident ID card")},       // 居民身份证
           {IdType::Passport, "passport", QT_TRANSLATE_NOOP("Enum", "Passport")},                    // 护照
           {IdType::HkMacauPermit, "hk_macau_permit", QT_TRANSLATE_NOOP("Enum", "Mainland travel permit (HK/Macau)")}, // 港澳居民来往内地通行证
           {IdType::TaiwanPermit, "taiwan_permit", QT_TRANSLATE_NOOP("Enum", "Mainland travel permit (Taiwan)")},      // 台湾居民来往大陆通行证
           {IdType::ForeignPermanent, "foreign_permanent", QT_TRANSLATE_NOOP("Enum", "Foreign permanent resident ID")}) // 外国人永久居留身份证

ENUM_TABLE(CustomerStatus,
           {CustomerStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},    // 正常
           {CustomerStatus::Dormant, "dormant", QT_TRANSLATE_NOOP("Enum", "Dormant")}, // 休眠
           {CustomerStatus::Frozen, "frozen", QT_TRANSLATE_NOOP("Enum", "Frozen")},    // 冻结
           {CustomerStatus::Closed, "closed", QT_TRANSLATE_NOOP3("Enum", "Closed", "customer status")})    // 已销户

ENUM_TABLE(AccountKind,
           {AccountKind::Cash, "cash", QT_TRANSLATE_NOOP("Enum", "Cash account")},            // 普通账户
           {AccountKind::Margin, "margin", QT_TRANSLATE_NOOP("Enum", "Margin account")},      // 信用账户
           {AccountKind::Options, "options", QT_TRANSLATE_NOOP("Enum", "Options account")},   // 期权账户
           {AccountKind::HkConnect, "hk_connect", QT_TRANSLATE_NOOP("Enum", "HK Connect")},   // 港股通
           {AccountKind::Fund, "fund", QT_TRANSLATE_NOOP("Enum", "Fund account")})            // 基金账户

ENUM_TABLE(AccountStatus,
           {AccountStatus::Normal, "normal", QT_TRANSLATE_NOOP("Enum", "Normal")},    // 正常
           {AccountStatus::Frozen, "frozen", QT_TRANSLATE_NOOP("Enum", "Frozen")},    // 冻结
           {AccountStatus::Dormant, "dormant", QT_TRANSLATE_NOOP("Enum", "Dormant")}, // 休眠
           {AccountStatus::Closed, "closed", QT_TRANSLATE_NOOP3("Enum", "Closed", "account status")})    // 已销户

ENUM_TABLE(RiskAlertKind,
           {RiskAlertKind::MarginWarning, "margin_warning", QT_TRANSLATE_NOOP("Enum", "Margin warning")},   // 维持担保比例预警
           {RiskAlertKind::MarginCall, "margin_call", QT_TRANSLATE_NOOP("Enum", "Margin call")},            // 追保通知
           {RiskAlertKind::SuitabilityMismatch, "suitability_mismatch", QT_TRANSLATE_NOOP("Enum", "Suitability mismatch")}, // 适当性不匹配
           {RiskAlertKind::AssessmentExpired, "assessment_expired", QT_TRANSLATE_NOOP("Enum", "Risk assessment expired")},   // 风测过期
           {RiskAlertKind::AbnormalTrading, "abnormal_trading", QT_TRANSLATE_NOOP("Enum", "Abnormal trading")},  // 异常交易
           {RiskAlertKind::StDelistingRisk, "st_delisting", QT_TRANSLATE_NOOP("Enum", "ST / delisting risk")},   // ST及退市风险
           {RiskAlertKind::Concentration, "concentration", QT_TRANSLATE_NOOP("Enum", "Concentration")})         // 持仓集中度

ENUM_TABLE(Severity,
           {Severity::Info, "info", QT_TRANSLATE_NOOP("Enum", "Info")},             // 提示
           {Severity::Warning, "warning", QT_TRANSLATE_NOOP("Enum", "Warning")},    // 警告
           {Severity::Critical, "critical", QT_TRANSLATE_NOOP("Enum", "Critical")}) // 严重

ENUM_TABLE(AlertState,
           {AlertState::Open, "open", QT_TRANSLATE_NOOP("Enum", "Open")},                         // 未处理
           {AlertState::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("Enum", "Acknowledged")}, // 已确认
           {AlertState::Resolved, "resolved", QT_TRANSLATE_NOOP("Enum", "Resolved")})             // 已解除

ENUM_TABLE(Direction,
           {Direction::Inbound, "inbound", QT_TRANSLATE_NOOP("Enum", "Inbound")},    // 呼入
           {Direction::Outbound, "outbound", QT_TRANSLATE_NOOP("Enum", "Outbound")}) // 呼出

ENUM_TABLE(TradeSide,
           {TradeSide::Buy, "buy", QT_TRANSLATE_NOOP("Enum", "Buy")},     // 买入
           {TradeSide::Sell, "sell", QT_TRANSLATE_NOOP("Enum", "Sell")})  // 卖出

ENUM_TABLE(ArticleStatus,
           {ArticleStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enum", "Draft")},               // 草稿
           {ArticleStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Enum", "In review")},    // 审核中
           {ArticleStatus::Published, "published", QT_TRANSLATE_NOOP("Enum", "Published")},  // 已发布
           {ArticleStatus::Archived, "archived", QT_TRANSLATE_NOOP("Enum", "Archived")})      // 已归档
