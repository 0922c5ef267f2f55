#include "server/jsonlinesreader.h"

namespace {

constexpr qint64 s_skipChunk = 64 * 1024;

} // namespace

JsonLinesReader::JsonLinesReader(const QString &path, qint64 maxLineBytes)
    : m_file(path), m_maxLineBytes(maxLineBytes)
{
}

bool JsonLinesReader::open(QString *error)
{
    if (m_file.open(QIODevice::ReadOnly))
        return true;
    if (error)
        *error = m_file.errorString();
    return false;
}

bool JsonLinesReader::next(Line &line)
{
    if (m_file.atEnd())
        return false;
    line = Line();
    line.number = ++m_number;
    // Room for the limit, CR LF and one byte more tells a line at the limit from a
    // longer one, whether or not readLine() counts a terminating zero.
    line.bytes = m_file.readLine(m_maxLineBytes + 4);
    if (line.bytes.isEmpty() && !m_file.atEnd()) {
        m_error = m_file.errorString();
        return false;
    }
    if (line.number == 1 && line.bytes.startsWith("\xEF\xBB\xBF"))
        line.bytes.remove(0, 3);
    bool ended = line.bytes.endsWith('\n');
    if (ended)
        line.bytes.chop(1);
    if (line.bytes.endsWith('\r'))
        line.bytes.chop(1);
    if (line.bytes.size() <= m_maxLineBytes && (ended || m_file.atEnd()))
        return true;
    line.tooLong = true;
    line.bytes.clear();
    while (!ended && !m_file.atEnd()) {
        const QByteArray chunk = m_file.readLine(s_skipChunk);
        if (chunk.isEmpty()) {
            m_error = m_file.errorString();
            return false;
        }
        ended = chunk.endsWith('\n');
    }
    return true;
}
