#include "tools/profilewriter.h"

#include "store/bulkimporter.h"
#include "store/database.h"
#include "store/profilesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

ProfileWriter::ProfileWriter(const QString &profileDir) : m_dir(profileDir) { }

ProfileWriter::~ProfileWriter()
{
    m_importer.reset();
    if (m_db)
        m_db->close();
}

QString ProfileWriter::databasePath() const
{
    return QDir(m_dir).filePath(Database::fileName());
}

bool ProfileWriter::open(bool replace, QString *error)
{
    const QString path = databasePath();
    if (QFile::exists(path)) {
        if (!replace) {
            *error = QCoreApplication::translate(
                "ProfileWriter", "%1 already exists; choose an empty profile or use --force.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
                *error = QCoreApplication::translate("ProfileWriter", "Cannot remove %1.")
                             .arg(QDir::toNativeSeparators(path + suffix));
                return false;
            }
        }
    }
    m_db = std::make_unique<Database>(m_dir);
    if (!m_db->open(error))
        return false;
    m_importer = std::make_unique<BulkImporter>(*m_db);
    return m_importer->begin(error);
}

bool ProfileWriter::finish(QString *error)
{
    if (!m_importer->commit(error))
        return false;
    m_importer.reset();
    if (!m_currentUserId.isEmpty()) {
        ProfileSettings settings(*m_db);
        if (!settings.setCurrentUserId(m_currentUserId, error))
            return false;
    }
    m_db->close();
    return true;
}

void ProfileWriter::add(const Team &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const User &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Customer &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Account &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Holding &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Trade &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const RiskAlert &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Interaction &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Ticket &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const TicketEvent &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const ArticleCategory &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const Article &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const ArticleRevision &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const CaseStudy &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const CaseComment &v)
{
    m_importer->add(v);
}
void ProfileWriter::add(const CannedReply &v)
{
    m_importer->add(v);
}
