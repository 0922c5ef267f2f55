#pragma once

#include "core/entity.h"

struct ArticleCategory : Entity
{
    QString parentId;
    QString name;
    int sortOrder = 0;
};
