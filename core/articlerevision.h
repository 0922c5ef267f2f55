#pragma once

#include "core/entity.h"

// Append-only history of an article's text.
struct ArticleRevision : Entity
{
    QString articleId;
    int revision = 1;
    QString title;
    QString body;
    QString authorId;
    QDateTime createdAt;
};
