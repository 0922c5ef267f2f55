#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What may be attached to a ticket (documents, images, forwarded e-mails, call
// recordings — nothing a browser or mail client might run, no archives that hide files),
// how large, and under which file names. The server enforces it on upload; the
// workstation checks the same rules when the agent picks a file, before anything is
// copied or queued.
class AttachmentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentPolicy)

public:
    static constexpr qint64 DefaultMaxBytes = 20 * 1024 * 1024;
    static constexpr int MaxNameLength = 255;

    static const QStringList &allowedMimeTypes();
    // Why the name cannot be used (empty: it can).
    static QString nameProblem(const QString &name);
    // Why the file cannot be attached: name, type or size (empty: it can).
    static QString problem(const QString &name, const QString &mimeType, qint64 size,
        qint64 maxBytes = DefaultMaxBytes);
};
