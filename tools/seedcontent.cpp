#include "tools/seedcontent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

struct Parsed
{
    QHash<QString, QString> header;
    QString body;
};

std::optional<Parsed> split(const QString &text, QString *error)
{
    Parsed p;
    const QStringList lines = QString(text).remove(u'\r').split(u'\n');
    qsizetype i = 0;
    // A UTF-8 byte-order mark is tolerated on the first line.
    for (; i < lines.size(); ++i) {
        QString line = lines[i];
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.trimmed() == QLatin1String("---"))
            break;
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (error)
                *error = QStringLiteral("line %1: expected \"key: value\" before ---").arg(i + 1);
            return std::nullopt;
        }
        p.header.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (i >= lines.size()) {
        if (error)
            *error = QStringLiteral("no --- line ends the header");
        return std::nullopt;
    }
    p.body = lines.mid(i + 1).join(u'\n').trimmed();
    return p;
}

QStringList list(const QString &value, const QRegularExpression &separators)
{
    QStringList out;
    for (const QString &item : value.split(separators, Qt::SkipEmptyParts)) {
        const QString t = item.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QStringList tagList(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[,，、]"));
    return list(value, separators);
}

QStringList resourceFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir + u'/' + f;
    return files;
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

QStringList SeedContent::categoryNames()
{
    return {QStringLiteral("开户与销户"), QStringLiteral("账户与密码"), QStringLiteral("银证转账"),
        QStringLiteral("交易规则"), QStringLiteral("融资融券"), QStringLiteral("适当性管理"),
        QStringLiteral("权限开通"), QStringLiteral("期权"), QStringLiteral("港股通"),
        QStringLiteral("新股申购"), QStringLiteral("风险警示"), QStringLiteral("投诉与维权"),
        QStringLiteral("费用"), QStringLiteral("系统与应急")};
}

std::optional<SeedArticle> SeedContent::parseArticle(const QString &text, QString *error)
{
    const auto parsed = split(text, error);
    if (!parsed)
        return std::nullopt;
    SeedArticle a;
    a.title = parsed->header.value(QStringLiteral("title"));
    a.category = parsed->header.value(QStringLiteral("category"));
    a.tags = tagList(parsed->header.value(QStringLiteral("tags")));
    a.body = parsed->body;
    if (a.title.isEmpty() || a.category.isEmpty() || a.body.isEmpty()) {
        if (error)
            *error = QStringLiteral("title, category and a body are required");
        return std::nullopt;
    }
    return a;
}

std::optional<SeedCase> SeedContent::parseCase(const QString &text, QString *error)
{
    const auto parsed = split(text, error);
    if (!parsed)
        return std::nullopt;
    SeedCase c;
    c.title = parsed->header.value(QStringLiteral("title"));
    c.tags = tagList(parsed->header.value(QStringLiteral("tags")));
    static const QRegularExpression ruleSeparators(QStringLiteral("[;；]"));
    c.rules = list(parsed->header.value(QStringLiteral("rules")), ruleSeparators);

    // "## 背景" … "## 经验启示": each section's text up to the next "## " heading.
    const struct
    {
        const char16_t *heading;
        QString SeedCase::*field;
    } sections[] = {
        {u"背景", &SeedCase::background},
        {u"争议焦点", &SeedCase::issue},
        {u"处理过程", &SeedCase::handling},
        {u"处理结果", &SeedCase::outcome},
        {u"经验启示", &SeedCase::lessons},
    };
    QString *current = nullptr;
    QStringList buffer;
    auto flush = [&] {
        if (current)
            *current = buffer.join(u'\n').trimmed();
        buffer.clear();
    };
    for (const QString &line : parsed->body.split(u'\n')) {
        if (line.startsWith(QLatin1String("## "))) {
            const QString heading = line.mid(3).trimmed();
            bool known = false;
            for (const auto &s : sections) {
                if (heading == QString::fromUtf16(s.heading)) {
                    flush();
                    current = &(c.*(s.field));
                    known = true;
                    break;
                }
            }
            if (known)
                continue;
        }
        buffer.append(line);
    }
    flush();
    for (const auto &s : sections) {
        if ((c.*(s.field)).isEmpty()) {
            if (error)
                *error = QStringLiteral("section \"## %1\" is missing or empty")
                             .arg(QString::fromUtf16(s.heading));
            return std::nullopt;
        }
    }
    if (c.title.isEmpty()) {
        if (error)
            *error = QStringLiteral("title is required");
        return std::nullopt;
    }
    return c;
}

QList<SeedArticle> SeedContent::articles(QStringList *errors)
{
    QList<SeedArticle> out;
    for (const QString &path : resourceFiles(QStringLiteral(":/seed/articles"))) {
        QString error;
        auto a = parseArticle(readUtf8(path), &error);
        if (!a) {
            if (errors)
                errors->append(QFileInfo(path).fileName() + QStringLiteral(": ") + error);
            continue;
        }
        a->file = QFileInfo(path).fileName();
        out.append(*a);
    }
    return out;
}

QList<SeedCase> SeedContent::cases(QStringList *errors)
{
    QList<SeedCase> out;
    for (const QString &path : resourceFiles(QStringLiteral(":/seed/cases"))) {
        QString error;
        auto c = parseCase(readUtf8(path), &error);
        if (!c) {
            if (errors)
                errors->append(QFileInfo(path).fileName() + QStringLiteral(": ") + error);
            continue;
        }
        c->file = QFileInfo(path).fileName();
        out.append(*c);
    }
    return out;
}
