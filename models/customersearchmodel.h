#pragma once

#include "core/customer.h"
#include "core/customerlookup.h"
#include "core/enums.h"

#include <QAbstractListModel>
#include <QHash>

class Database;

// The hits of the customer search box. The text is classified (CustomerLookup) and
// looked up by its own index in the cache; each hit carries what tells namesakes apart —
// masked mobile and ID, branch, risk class, VIP level, open tickets — and never more PII
// than the viewer's role shows by default.
class CustomerSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int Limit = 50;

    enum Roles {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole, // masked for trainers
        DetailRole, // "138****1234 · 110***********002X · 北京分公司"
        RiskClassRole, // label
        OpenTicketsRole, // int
        VipRole, // int, 0 none
        StatusRole, // CustomerStatus label when not active, else empty
    };

    CustomerSearchModel(Database &db, Role viewerRole, QObject *parent = nullptr);

    void setViewerRole(Role role);
    // Runs the lookup now (an index seek: fast enough for every keystroke).
    void search(const QString &text);
    // Re-runs the last search (after the central service added customers to the cache).
    void refresh() { search(m_text); }
    const CustomerLookup &lookup() const { return m_lookup; }
    QString text() const { return m_text; }
    // More than Limit customers matched: the list shows the first ones.
    bool isTruncated() const { return m_truncated; }
    QString error() const { return m_error; }
    QString customerId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A search finished (also when it found nothing or the text was not recognised).
    void searched();

private:
    Database &m_db;
    Role m_role;
    QString m_text;
    CustomerLookup m_lookup;
    QList<Customer> m_rows;
    QHash<QString, int> m_openTickets;
    bool m_truncated = false;
    QString m_error;
};
