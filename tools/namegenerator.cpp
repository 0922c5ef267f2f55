#include "tools/namegenerator.h"

#include "tools/demorandom.h"

#include <QHash>

namespace {

// The hundred-odd most frequent single surnames (weights after the 2020 census
// rankings), leaving out those read differently as a surname (曾, 单, 解, 仇, 覃 …).
constexpr NameSyllable kSurnames[] = {
    {u"王", "wang", 710},
    {u"李", "li", 700},
    {u"张", "zhang", 680},
    {u"刘", "liu", 540},
    {u"陈", "chen", 450},
    {u"杨", "yang", 310},
    {u"黄", "huang", 220},
    {u"赵", "zhao", 200},
    {u"吴", "wu", 200},
    {u"周", "zhou", 190},
    {u"徐", "xu", 170},
    {u"孙", "sun", 150},
    {u"马", "ma", 150},
    {u"朱", "zhu", 140},
    {u"胡", "hu", 130},
    {u"郭", "guo", 120},
    {u"何", "he", 120},
    {u"林", "lin", 110},
    {u"高", "gao", 110},
    {u"罗", "luo", 110},
    {u"郑", "zheng", 100},
    {u"梁", "liang", 100},
    {u"谢", "xie", 80},
    {u"宋", "song", 80},
    {u"唐", "tang", 80},
    {u"许", "xu", 70},
    {u"韩", "han", 70},
    {u"冯", "feng", 70},
    {u"邓", "deng", 70},
    {u"曹", "cao", 60},
    {u"彭", "peng", 60},
    {u"肖", "xiao", 60},
    {u"田", "tian", 50},
    {u"董", "dong", 50},
    {u"袁", "yuan", 50},
    {u"潘", "pan", 50},
    {u"于", "yu", 50},
    {u"蒋", "jiang", 50},
    {u"蔡", "cai", 50},
    {u"余", "yu", 50},
    {u"杜", "du", 40},
    {u"叶", "ye", 40},
    {u"程", "cheng", 40},
    {u"苏", "su", 40},
    {u"魏", "wei", 40},
    {u"吕", "lu", 40},
    {u"丁", "ding", 40},
    {u"任", "ren", 40},
    {u"沈", "shen", 40},
    {u"姚", "yao", 30},
    {u"卢", "lu", 30},
    {u"姜", "jiang", 30},
    {u"崔", "cui", 30},
    {u"钟", "zhong", 30},
    {u"谭", "tan", 30},
    {u"陆", "lu", 30},
    {u"汪", "wang", 30},
    {u"范", "fan", 30},
    {u"金", "jin", 30},
    {u"石", "shi", 30},
    {u"廖", "liao", 30},
    {u"贾", "jia", 30},
    {u"夏", "xia", 30},
    {u"韦", "wei", 30},
    {u"付", "fu", 30},
    {u"方", "fang", 30},
    {u"白", "bai", 20},
    {u"邹", "zou", 20},
    {u"孟", "meng", 20},
    {u"熊", "xiong", 20},
    {u"秦", "qin", 20},
    {u"邱", "qiu", 20},
    {u"江", "jiang", 20},
    {u"尹", "yin", 20},
    {u"薛", "xue", 20},
    {u"闫", "yan", 20},
    {u"段", "duan", 20},
    {u"雷", "lei", 20},
    {u"侯", "hou", 20},
    {u"龙", "long", 20},
    {u"史", "shi", 20},
    {u"陶", "tao", 20},
    {u"黎", "li", 20},
    {u"贺", "he", 20},
    {u"顾", "gu", 20},
    {u"毛", "mao", 20},
    {u"郝", "hao", 20},
    {u"龚", "gong", 20},
    {u"邵", "shao", 20},
    {u"万", "wan", 20},
    {u"钱", "qian", 20},
    {u"严", "yan", 20},
    {u"武", "wu", 20},
    {u"戴", "dai", 20},
    {u"莫", "mo", 10},
    {u"孔", "kong", 10},
    {u"向", "xiang", 10},
    {u"汤", "tang", 10},
    {u"常", "chang", 10},
    {u"温", "wen", 10},
};

constexpr NameSyllable kCompoundSurnames[] = {
    {u"欧阳", "ouyang", 4, "oy"},
    {u"司马", "sima", 2, "sm"},
    {u"诸葛", "zhuge", 1, "zg"},
    {u"上官", "shangguan", 1, "sg"},
    {u"东方", "dongfang", 1, "df"},
    {u"皇甫", "huangfu", 1, "hf"},
    {u"慕容", "murong", 1, "mr"},
    {u"司徒", "situ", 2, "st"},
};

constexpr NameSyllable kMaleGiven[] = {
    {u"伟", "wei", 1},
    {u"强", "qiang", 1},
    {u"磊", "lei", 1},
    {u"军", "jun", 1},
    {u"勇", "yong", 1},
    {u"杰", "jie", 1},
    {u"涛", "tao", 1},
    {u"明", "ming", 1},
    {u"超", "chao", 1},
    {u"刚", "gang", 1},
    {u"平", "ping", 1},
    {u"辉", "hui", 1},
    {u"鹏", "peng", 1},
    {u"华", "hua", 1},
    {u"飞", "fei", 1},
    {u"鑫", "xin", 1},
    {u"波", "bo", 1},
    {u"斌", "bin", 1},
    {u"宇", "yu", 1},
    {u"浩", "hao", 1},
    {u"凯", "kai", 1},
    {u"健", "jian", 1},
    {u"俊", "jun", 1},
    {u"帆", "fan", 1},
    {u"旭", "xu", 1},
    {u"宁", "ning", 1},
    {u"林", "lin", 1},
    {u"峰", "feng", 1},
    {u"建", "jian", 1},
    {u"国", "guo", 1},
    {u"志", "zhi", 1},
    {u"文", "wen", 1},
    {u"博", "bo", 1},
    {u"天", "tian", 1},
    {u"海", "hai", 1},
    {u"东", "dong", 1},
    {u"晨", "chen", 1},
    {u"子", "zi", 1},
    {u"轩", "xuan", 1},
    {u"睿", "rui", 1},
    {u"泽", "ze", 1},
    {u"宏", "hong", 1},
    {u"立", "li", 1},
    {u"成", "cheng", 1},
    {u"嘉", "jia", 1},
    {u"毅", "yi", 1},
    {u"振", "zhen", 1},
    {u"永", "yong", 1},
    {u"德", "de", 1},
    {u"新", "xin", 1},
};

constexpr NameSyllable kFemaleGiven[] = {
    {u"芳", "fang", 1},
    {u"娜", "na", 1},
    {u"敏", "min", 1},
    {u"静", "jing", 1},
    {u"丽", "li", 1},
    {u"艳", "yan", 1},
    {u"娟", "juan", 1},
    {u"霞", "xia", 1},
    {u"秀", "xiu", 1},
    {u"玲", "ling", 1},
    {u"桂", "gui", 1},
    {u"英", "ying", 1},
    {u"梅", "mei", 1},
    {u"琳", "lin", 1},
    {u"婷", "ting", 1},
    {u"雪", "xue", 1},
    {u"慧", "hui", 1},
    {u"颖", "ying", 1},
    {u"倩", "qian", 1},
    {u"欣", "xin", 1},
    {u"怡", "yi", 1},
    {u"佳", "jia", 1},
    {u"雨", "yu", 1},
    {u"萱", "xuan", 1},
    {u"晓", "xiao", 1},
    {u"悦", "yue", 1},
    {u"诗", "shi", 1},
    {u"涵", "han", 1},
    {u"琪", "qi", 1},
    {u"瑶", "yao", 1},
    {u"璐", "lu", 1},
    {u"婉", "wan", 1},
    {u"月", "yue", 1},
    {u"红", "hong", 1},
    {u"燕", "yan", 1},
    {u"洁", "jie", 1},
    {u"莉", "li", 1},
    {u"兰", "lan", 1},
    {u"萍", "ping", 1},
    {u"晶", "jing", 1},
    {u"蕾", "lei", 1},
    {u"薇", "wei", 1},
    {u"雯", "wen", 1},
    {u"思", "si", 1},
    {u"梦", "meng", 1},
    {u"可", "ke", 1},
    {u"珊", "shan", 1},
    {u"彤", "tong", 1},
    {u"丹", "dan", 1},
    {u"君", "jun", 1},
};

struct Tables
{
    QList<int> surnameWeights;
    QHash<QString, QString> pinyin; // hanzi → pinyin, every table

    Tables()
    {
        for (const auto &s : kSurnames)
            surnameWeights.append(s.weight);
        auto add = [this](std::span<const NameSyllable> t) {
            for (const auto &s : t)
                pinyin.insert(QString::fromUtf16(s.hanzi), QString::fromLatin1(s.pinyin));
        };
        add(kSurnames);
        add(kCompoundSurnames);
        add(kMaleGiven);
        add(kFemaleGiven);
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

void append(PersonName &n, const NameSyllable &s)
{
    n.name += QString::fromUtf16(s.hanzi);
    const QLatin1String py(s.pinyin);
    n.pinyin += py;
    if (s.initials)
        n.initials += QLatin1String(s.initials);
    else
        n.initials += py.front();
}

} // namespace

std::span<const NameSyllable> NameGenerator::surnames()
{
    return kSurnames;
}

std::span<const NameSyllable> NameGenerator::compoundSurnames()
{
    return kCompoundSurnames;
}

std::span<const NameSyllable> NameGenerator::maleGivenChars()
{
    return kMaleGiven;
}

std::span<const NameSyllable> NameGenerator::femaleGivenChars()
{
    return kFemaleGiven;
}

PersonName NameGenerator::generate(DemoRandom &random) const
{
    PersonName n;
    n.male = random.chance(0.52);
    if (random.chance(0.012)) {
        static const QList<int> weights = [] {
            QList<int> w;
            for (const auto &s : kCompoundSurnames)
                w.append(s.weight);
            return w;
        }();
        append(n, kCompoundSurnames[size_t(random.weighted(weights))]);
    } else {
        append(n, kSurnames[size_t(random.weighted(tables().surnameWeights))]);
    }
    n.surname = n.name;
    const std::span<const NameSyllable> given = n.male ? maleGivenChars() : femaleGivenChars();
    const int length = random.chance(0.28) ? 1 : 2;
    for (int i = 0; i < length; ++i)
        append(n, random.pick(given));
    return n;
}

QString NameGenerator::pinyinOf(QStringView hanzi)
{
    return tables().pinyin.value(hanzi.toString());
}

bool NameGenerator::spell(QStringView name, QString *pinyin, QString *initials)
{
    PersonName n;
    qsizetype i = 0;
    for (const auto &c : kCompoundSurnames) {
        if (name.startsWith(QString::fromUtf16(c.hanzi))) {
            append(n, c);
            i = 2;
            break;
        }
    }
    for (; i < name.size(); ++i) {
        const QString py = pinyinOf(name.mid(i, 1));
        if (py.isEmpty())
            return false;
        n.pinyin += py;
        n.initials += py.front();
    }
    *pinyin = n.pinyin;
    *initials = n.initials;
    return true;
}
