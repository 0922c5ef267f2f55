// JsonLinesReader: line numbers, line ends, the byte-order mark and the length limit.
#include "server/jsonlinesreader.h"

#include <QTemporaryDir>
#include <QTest>

class TestJsonLinesReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QList<JsonLinesReader::Line> read(const QByteArray &bytes, qint64 maxLineBytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("lines.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        JsonLinesReader reader(path, maxLineBytes);
        QList<JsonLinesReader::Line> lines;
        if (!reader.open(nullptr))
            return lines;
        JsonLinesReader::Line line;
        while (reader.next(line))
            lines.append(line);
        return lines;
    }

private Q_SLOTS:
    void lineEnds()
    {
        const QList<JsonLinesReader::Line> lines = read("a\nb\r\n\r\nc", 100);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).bytes, QByteArray("a"));
        QCOMPARE(lines.at(1).bytes, QByteArray("b"));
        QCOMPARE(lines.at(2).bytes, QByteArray());
        QCOMPARE(lines.at(3).bytes, QByteArray("c"));
        QCOMPARE(lines.at(3).number, 4);
        // A final line break does not make an empty last line.
        QCOMPARE(read("a\n", 100).size(), 1);
        QVERIFY(read("", 100).isEmpty());
    }

    void byteOrderMarkOnlyFirst()
    {
        const QList<JsonLinesReader::Line> lines = read("\xEF\xBB\xBF{}\r\n\xEF\xBB\xBF{}\r\n", 100);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).bytes, QByteArray("{}"));
        QCOMPARE(lines.at(1).bytes, QByteArray("\xEF\xBB\xBF{}"));
    }

    void lengthLimit()
    {
        const QByteArray atLimit(10, 'x');
        const QByteArray over(11, 'y');
        const QByteArray huge(200000, 'z');
        const QList<JsonLinesReader::Line> lines
            = read(atLimit + "\r\n" + over + "\n" + huge + "\n" + atLimit + "\n" + over, 10);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).bytes, atLimit);
        QVERIFY(!lines.at(0).tooLong);
        QVERIFY(lines.at(1).tooLong);
        QVERIFY(lines.at(1).bytes.isEmpty());
        QVERIFY(lines.at(2).tooLong);
        // Skipping a long line keeps the count and the next line whole.
        QCOMPARE(lines.at(3).number, 4);
        QCOMPARE(lines.at(3).bytes, atLimit);
        QVERIFY(!lines.at(3).tooLong);
        QVERIFY(lines.at(4).tooLong);
    }

    void missingFile()
    {
        JsonLinesReader reader(m_dir.filePath(QStringLiteral("none.jsonl")), 10);
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesReader)
#include "tst_jsonlinesreader.moc"
