#include "tools/chineseidgenerator.h"

#include "core/chineseid.h"
#include "tools/demorandom.h"

namespace {

// Urban districts of the cities where the demo branches are and where their customers
// come from.
constexpr RegionCode kRegions[] = {
    {"110101", u"北京市东城区"},
    {"110105", u"北京市朝阳区"},
    {"110108", u"北京市海淀区"},
    {"310101", u"上海市黄浦区"},
    {"310104", u"上海市徐汇区"},
    {"310115", u"上海市浦东新区"},
    {"440103", u"广州市荔湾区"},
    {"440106", u"广州市天河区"},
    {"440303", u"深圳市罗湖区"},
    {"440304", u"深圳市福田区"},
    {"440305", u"深圳市南山区"},
    {"330102", u"杭州市上城区"},
    {"330106", u"杭州市西湖区"},
    {"320102", u"南京市玄武区"},
    {"320106", u"南京市鼓楼区"},
    {"320505", u"苏州市虎丘区"},
    {"320211", u"无锡市滨湖区"},
    {"510104", u"成都市锦江区"},
    {"510107", u"成都市武侯区"},
    {"420102", u"武汉市江岸区"},
    {"420103", u"武汉市江汉区"},
    {"610103", u"西安市碑林区"},
    {"610113", u"西安市雁塔区"},
    {"500103", u"重庆市渝中区"},
    {"120101", u"天津市和平区"},
    {"370102", u"济南市历下区"},
    {"370202", u"青岛市市南区"},
    {"350203", u"厦门市思明区"},
    {"350102", u"福州市鼓楼区"},
    {"430102", u"长沙市芙蓉区"},
    {"410105", u"郑州市金水区"},
    {"210102", u"沈阳市和平区"},
    {"230102", u"哈尔滨市道里区"},
    {"340104", u"合肥市蜀山区"},
    {"360102", u"南昌市东湖区"},
    {"530102", u"昆明市五华区"},
    {"450103", u"南宁市青秀区"},
    {"130102", u"石家庄市长安区"},
    {"140105", u"太原市小店区"},
    {"220102", u"长春市南关区"},
};

} // namespace

std::span<const RegionCode> ChineseIdGenerator::regions()
{
    return kRegions;
}

QDate ChineseIdGenerator::birthDate(DemoRandom &random)
{
    static const qint64 first = QDate(1950, 1, 1).toJulianDay();
    static const qint64 last = QDate(2005, 12, 31).toJulianDay();
    return QDate::fromJulianDay(random.between(first, last));
}

QString ChineseIdGenerator::generate(DemoRandom &random, QDate birth, bool male)
{
    QString id;
    id.reserve(18);
    id += QLatin1String(random.pick(regions()).code);
    id += birth.toString(u"yyyyMMdd");
    // Sequence: odd for men, even for women (the 17th digit).
    const int sequence = int(random.between(0, 499)) * 2 + (male ? 1 : 0);
    id += QString::number(sequence).rightJustified(3, u'0');
    id += ChineseId::checkDigit(id);
    return id;
}
