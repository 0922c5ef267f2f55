#include "tools/customergenerator.h"

#include "tools/chineseidgenerator.h"
#include "tools/democustomerref.h"
#include "tools/demoorg.h"
#include "tools/demorandom.h"
#include "tools/namegenerator.h"
#include "tools/orggenerator.h"

namespace {

// Mobile network prefixes in use (China Mobile, Unicom, Telecom, Broadnet).
constexpr int kMobilePrefixes[]
    = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166,
        173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 193, 195, 198, 199};

constexpr const char *kMailDomains[]
    = {"163.com", "126.com", "qq.com", "sina.com", "outlook.com", "foxmail.com"};

} // namespace

CustomerGenerator::CustomerGenerator(const DemoOrg &org, const QDateTime &now)
    : m_org(org), m_now(now), m_today(now.toOffsetFromUtc(8 * 3600).date())
{
}

QString CustomerGenerator::mobile(DemoRandom &random)
{
    return QString::number(random.pick(std::span<const int>(kMobilePrefixes))) + random.digits(8);
}

Customer CustomerGenerator::generate(qint64 index, DemoRandom &random, DemoCustomerRef *ref) const
{
    static const NameGenerator names;
    const PersonName name = names.generate(random);

    Customer c;
    c.id = random.uuid();
    c.rev = 1;
    c.updatedAt = m_now;
    c.name = name.name;
    c.pinyin = name.pinyin;
    c.initials = name.initials;

    const int branch = random.below(int(OrgGenerator::branches().size()));
    c.branch = QString::fromUtf16(OrgGenerator::branches()[size_t(branch)]);
    const QStringList &managers = m_org.managersByBranch.at(branch);
    c.accountManager = managers.at(random.below(int(managers.size())));
    // Branch code (2 digits) + sequence: unique and stable for a given index.
    c.customerNo = QStringLiteral("31%1%2")
                       .arg(branch + 1, 2, 10, QLatin1Char('0'))
                       .arg(index + 1, 8, 10, QLatin1Char('0'));

    const QDate birth = ChineseIdGenerator::birthDate(random);
    switch (random.weighted({970, 20, 5, 5})) {
    case 0:
        c.idType = IdType::ResidentId;
        c.idNumber = ChineseIdGenerator::generate(random, birth, name.male);
        break;
    case 1:
        c.idType = IdType::HkMacauPermit;
        c.idNumber = (random.chance(0.7) ? u'H' : u'M') + random.digits(8);
        break;
    case 2:
        c.idType = IdType::TaiwanPermit;
        c.idNumber = random.digits(8);
        break;
    default:
        c.idType = IdType::Passport;
        c.idNumber = u'E' + random.digits(8);
        break;
    }
    c.mobile = mobile(random);
    if (random.chance(0.4)) {
        const char *domain = random.pick(std::span<const char *const>(kMailDomains));
        const QString local = qstrcmp(domain, "qq.com") == 0
            ? QString::number(random.between(10000000, 2999999999LL))
            : name.pinyin + QString::number(birth.year() % 100);
        c.email = local + u'@' + QLatin1String(domain);
    }

    c.investorType = random.chance(0.03) ? InvestorType::Professional : InvestorType::Ordinary;
    if (c.investorType == InvestorType::Professional)
        c.riskClass = random.chance(0.8) ? RiskClass::C5 : RiskClass::C4;
    else
        c.riskClass = std::array {RiskClass::C1, RiskClass::C2, RiskClass::C3, RiskClass::C4, RiskClass::C5,
            RiskClass::Lowest}[size_t(random.weighted({8, 15, 35, 27, 12, 3}))];
    // Assessments are valid two years: some expired, some expiring within 30 days.
    const int band = random.weighted({85, 5, 10}); // valid, expiring soon, expired
    const qint64 ageDays = band == 0 ? random.between(0, 700)
        : band == 1                  ? random.between(701, 729)
                                     : random.between(731, 1000);
    c.assessedOn = m_today.addDays(-ageDays);
    c.assessmentExpires = c.assessedOn.addYears(2);

    c.vipLevel = std::array {0, 1, 2, 3, 4, 5}[size_t(random.weighted({70, 12, 8, 5, 3, 2}))];
    c.status = std::array {CustomerStatus::Active, CustomerStatus::Dormant, CustomerStatus::Frozen,
        CustomerStatus::Closed}[size_t(random.weighted({90, 7, 2, 1}))];

    const bool ordinaryLow = c.investorType == InvestorType::Ordinary
        && (c.riskClass == RiskClass::C1 || c.riskClass == RiskClass::C2 || c.riskClass == RiskClass::Lowest);
    const bool active = c.status != CustomerStatus::Closed;
    ref->id = c.id;
    ref->index = index;
    ref->surname = name.surname;
    ref->male = name.male;
    ref->vipLevel = quint8(c.vipLevel);
    ref->investorType = c.investorType;
    ref->margin = active && !ordinaryLow && random.chance(0.19); // ≈15 % of all customers
    ref->options = active && !ordinaryLow && random.chance(0.06);
    ref->hkConnect = active && !ordinaryLow && random.chance(0.1);
    ref->fund = random.chance(0.3);

    if (c.vipLevel >= 3)
        c.tags.append(QStringLiteral("高净值"));
    if (ref->margin)
        c.tags.append(QStringLiteral("两融客户"));
    if (ref->options)
        c.tags.append(QStringLiteral("期权客户"));
    if (ref->hkConnect)
        c.tags.append(QStringLiteral("港股通"));
    if (birth.addYears(65) <= m_today)
        c.tags.append(QStringLiteral("老年客户"));
    if (random.chance(0.02))
        c.tags.append(QStringLiteral("投诉倾向"));
    if (c.assessmentExpires < m_today)
        c.tags.append(QStringLiteral("测评过期"));
    return c;
}
