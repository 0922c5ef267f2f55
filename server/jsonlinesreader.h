#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Reads a JSON Lines file one line at a time, so a file of any size is imported with
// the memory of its longest accepted line. A UTF-8 byte-order mark before the first
// line and a CR before each LF are dropped. A line longer than the limit is skipped up
// to its end and reported as too long, without ever being held whole.
class JsonLinesReader
{
public:
    struct Line
    {
        qint64 number = 0; // 1-based
        QByteArray bytes; // without the line break; empty when tooLong
        bool tooLong = false;
    };

    explicit JsonLinesReader(const QString &path, qint64 maxLineBytes);

    bool open(QString *error);
    // The next line; false at the end of the file or on a read error (see error()).
    bool next(Line &line);
    // Empty unless reading failed part-way.
    QString error() const { return m_error; }

private:
    QFile m_file;
    qint64 m_maxLineBytes;
    qint64 m_number = 0;
    QString m_error;
};
