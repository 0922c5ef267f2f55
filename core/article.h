#pragma once

#include "core/entity.h"
#include "core/enums.h"

#include <QDate>
#include <QStringList>

struct Article : Entity
{
    QString categoryId;
    QString title;
    QString body; // Markdown
    QStringList tags;
    ArticleStatus status = ArticleStatus::Draft;
    int revision = 1;
    QString authorId;
    QString signedOffBy; // compliance sign-off
    QDateTime signedOffAt;
    QDate effectiveFrom;
    QDate expiresOn; // invalid = does not expire
    int helpfulYes = 0;
    int helpfulNo = 0;
};
