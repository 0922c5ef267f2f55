#include "tools/orggenerator.h"

#include "core/team.h"
#include "core/user.h"
#include "tools/demorandom.h"
#include "tools/demosink.h"
#include "tools/namegenerator.h"

#include <QSet>

namespace {

constexpr const char16_t *kBranches[] = {
    u"上海浦东新区世纪大道证券营业部",
    u"上海徐汇区漕溪北路证券营业部",
    u"北京金融大街证券营业部",
    u"北京海淀区中关村大街证券营业部",
    u"深圳福田区益田路证券营业部",
    u"广州天河区珠江新城证券营业部",
    u"杭州西湖区文三路证券营业部",
    u"南京鼓楼区中山路证券营业部",
    u"成都高新区天府大道证券营业部",
    u"武汉江汉区建设大道证券营业部",
    u"西安雁塔区高新路证券营业部",
    u"重庆渝中区解放碑证券营业部",
};

struct TeamSpec
{
    const char16_t *name;
    AssignmentRule rule;
    int agents;
};

constexpr TeamSpec kTeams[] = {
    {u"客服一组", AssignmentRule::RoundRobin, 10},
    {u"客服二组", AssignmentRule::RoundRobin, 10},
    {u"投诉处理组", AssignmentRule::Manual, 6},
    {u"VIP服务组", AssignmentRule::LeastLoaded, 5},
};

} // namespace

std::span<const char16_t *const> OrgGenerator::branches()
{
    return kBranches;
}

DemoOrg OrgGenerator::generate(DemoRandom &random, const QDateTime &now, DemoSink &sink)
{
    DemoOrg org;
    NameGenerator names;
    QSet<QString> usernames;
    QSet<QString> staffNames; // two colleagues with one name would confuse every demo

    auto person = [&] {
        PersonName n = names.generate(random);
        while (staffNames.contains(n.name))
            n = names.generate(random);
        staffNames.insert(n.name);
        return n;
    };
    auto addUser = [&](Role role, const QString &teamId) {
        const PersonName n = person();
        User u;
        u.id = random.uuid();
        u.rev = 1;
        u.updatedAt = now;
        u.username = n.pinyin;
        for (int i = 2; usernames.contains(u.username); ++i)
            u.username = n.pinyin + QString::number(i);
        usernames.insert(u.username);
        u.displayName = n.name;
        u.role = role;
        u.teamId = teamId;
        sink.add(u);
        org.displayNames.insert(u.id, u.displayName);
        return u.id;
    };

    for (const TeamSpec &spec : kTeams) {
        Team t;
        t.id = random.uuid();
        t.rev = 1;
        t.updatedAt = now;
        t.name = QString::fromUtf16(spec.name);
        t.assignmentRule = spec.rule;
        sink.add(t);
        DemoTeam team;
        team.id = t.id;
        team.name = t.name;
        org.teams.append(team);
    }
    for (qsizetype i = 0; i < org.teams.size(); ++i) {
        DemoTeam &team = org.teams[i];
        team.leadId = addUser(Role::Lead, team.id);
        for (int a = 0; a < kTeams[i].agents; ++a)
            team.agentIds.append(addUser(Role::Agent, team.id));
    }
    org.trainerId = addUser(Role::Trainer, QString());
    org.adminId = addUser(Role::Admin, QString());
    // Compliance signs knowledge articles off; in this small desk a lead of the
    // complaints team holds that duty, so no separate role is needed.
    org.complianceId = org.teams[DemoOrg::Complaints].leadId;
    org.currentUserId = org.teams[DemoOrg::ServiceOne].agentIds.first();
    sink.setCurrentUser(org.currentUserId);

    for (size_t b = 0; b < std::size(kBranches); ++b) {
        QStringList managers;
        const int count = int(random.between(3, 5));
        for (int m = 0; m < count; ++m)
            managers.append(person().name);
        org.managersByBranch.append(managers);
    }
    return org;
}
