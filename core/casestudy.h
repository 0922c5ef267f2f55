#pragma once

#include "core/entity.h"

#include <QStringList>

// A typical case for training; the source ticket is referenced, its PII scrubbed.
struct CaseStudy : Entity
{
    QString title;
    QString background;
    QString issue;
    QString handling;
    QString outcome;
    QString lessons;
    QStringList rulesCited;
    QStringList tags;
    QString sourceTicketId;
    QString authorId;
    QDateTime createdAt;
};
