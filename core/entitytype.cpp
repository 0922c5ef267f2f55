#include "core/entitytype.h"
#include "core/enumtable.h"

// Same shape as the tables in enums.cpp; the keys name entities on the wire.
// clang-format off
ENUM_TABLE(EntityType,
           {EntityType::Customer, "customer", QT_TRANSLATE_NOOP("Enum", "Customer")},                        // 客户
           {EntityType::Account, "account", QT_TRANSLATE_NOOP("Enum", "Account")},                           // 账户
           {EntityType::Holding, "holding", QT_TRANSLATE_NOOP("Enum", "Holding")},                           // 持仓
           {EntityType::Trade, "trade", QT_TRANSLATE_NOOP("Enum", "Trade")},                                 // 成交
           {EntityType::RiskAlert, "risk_alert", QT_TRANSLATE_NOOP("Enum", "Risk alert")},                   // 风险提示
           {EntityType::Interaction, "interaction", QT_TRANSLATE_NOOP("Enum", "Interaction")},               // 联络记录
           {EntityType::Ticket, "ticket", QT_TRANSLATE_NOOP("Enum", "Ticket")},                              // 工单
           {EntityType::TicketEvent, "ticket_event", QT_TRANSLATE_NOOP("Enum", "Ticket event")},             // 工单事件
           {EntityType::Attachment, "attachment", QT_TRANSLATE_NOOP("Enum", "Attachment")},                  // 附件
           {EntityType::Article, "article", QT_TRANSLATE_NOOP("Enum", "Article")},                           // 知识文章
           {EntityType::ArticleCategory, "article_category", QT_TRANSLATE_NOOP("Enum", "Article category")}, // 知识分类
           {EntityType::ArticleRevision, "article_revision", QT_TRANSLATE_NOOP("Enum", "Article revision")}, // 文章版本
           {EntityType::CaseStudy, "case_study", QT_TRANSLATE_NOOP("Enum", "Case study")},                   // 典型案例
           {EntityType::CaseComment, "case_comment", QT_TRANSLATE_NOOP("Enum", "Case comment")},             // 案例评论
           {EntityType::CannedReply, "canned_reply", QT_TRANSLATE_NOOP("Enum", "Canned reply")},             // 快捷回复
           {EntityType::User, "user", QT_TRANSLATE_NOOP("Enum", "User")},                                    // 用户
           {EntityType::Team, "team", QT_TRANSLATE_NOOP("Enum", "Team")},                                    // 班组
           {EntityType::AuditEntry, "audit_entry", QT_TRANSLATE_NOOP("Enum", "Audit entry")})                // 审计记录
// clang-format on

bool isAppendOnly(EntityType type)
{
    switch (type) {
    case EntityType::TicketEvent:
    case EntityType::ArticleRevision:
    case EntityType::CaseComment:
    case EntityType::AuditEntry:
        return true;
    default:
        return false;
    }
}
