#pragma once

#include "core/entity.h"

#include <QByteArray>

struct Attachment : Entity
{
    QString ticketId;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256; // hex
    QString blobPath;  // local cache path of the content, relative to the profile
};
