#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A knowledge-base article as shipped in tools/data/articles/NN-slug.md.
struct SeedArticle
{
    QString file; // file name, for messages
    QString title;
    QString category;
    QStringList tags;
    QString body; // Markdown
};

// A typical case as shipped in tools/data/cases/NN-slug.md.
struct SeedCase
{
    QString file;
    QString title;
    QStringList tags;
    QStringList rules; // regulations cited
    QString background;
    QString issue;
    QString handling;
    QString outcome;
    QString lessons;
};

// The Chinese content the seed tool ships (format: /work/briefs/formats.md), compiled
// into agentdesk_tools as resources under :/seed/. Header lines "key: value" up to a
// line "---", then the body; cases split the body into five fixed sections.
class SeedContent
{
public:
    // Every shipped file, sorted by file name; files that fail to parse are skipped
    // and reported in *errors.
    static QList<SeedArticle> articles(QStringList *errors = nullptr);
    static QList<SeedCase> cases(QStringList *errors = nullptr);

    static std::optional<SeedArticle> parseArticle(const QString &text, QString *error = nullptr);
    static std::optional<SeedCase> parseCase(const QString &text, QString *error = nullptr);

    // The knowledge-base categories in display order.
    static QStringList categoryNames();
};
