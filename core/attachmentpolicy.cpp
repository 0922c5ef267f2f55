#include "core/attachmentpolicy.h"

#include <QLocale>

const QStringList &AttachmentPolicy::allowedMimeTypes()
{
    // Documents, images, e-mails a customer forwarded, and call recordings. No HTML,
    // SVG or archives: content a browser or mail client might run, or that hides files.
    static const QStringList types {
        QStringLiteral("application/pdf"),
        QStringLiteral("image/png"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"),
        QStringLiteral("image/webp"),
        QStringLiteral("text/plain"),
        QStringLiteral("text/csv"),
        QStringLiteral("application/msword"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.ms-excel"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        QStringLiteral("message/rfc822"),
        QStringLiteral("audio/mpeg"),
        QStringLiteral("audio/wav"),
        QStringLiteral("audio/x-wav"),
        QStringLiteral("audio/amr"),
    };
    return types;
}

QString AttachmentPolicy::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The attachment needs a file name (the name parameter).");
    if (name.size() > MaxNameLength)
        return tr("The file name is longer than %1 characters.").arg(MaxNameLength);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("The file name cannot be “.” or “..”.");
    // Names become file names on Windows and Linux workstations when saved.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            return tr("The file name contains a path separator or a character not allowed in file names "
                      "(/ \\ : * ? \" < > | or control characters).");
    }
    return {};
}

QString AttachmentPolicy::problem(const QString &name, const QString &mimeType, qint64 size, qint64 maxBytes)
{
    if (const QString why = nameProblem(name); !why.isEmpty())
        return why;
    if (!allowedMimeTypes().contains(mimeType.toLower()))
        return tr("Files of type “%1” cannot be attached: only documents, images, e-mails and call recordings.")
            .arg(mimeType);
    if (size <= 0)
        return tr("The file is empty.");
    if (size > maxBytes)
        return tr("The file is %1; attachments may be at most %2.")
            .arg(QLocale().formattedDataSize(size), QLocale().formattedDataSize(maxBytes));
    return {};
}
