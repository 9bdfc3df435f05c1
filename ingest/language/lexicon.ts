// Word lists the ingest rules rely on. They describe English news prose and the region's common
// names, not any one article: titles, organisation and media head nouns, speech verbs, and a small
// gazetteer of real countries with their adjectives.

/**
 * Capitalised words that start sentences or clauses but never begin a name (an auxiliary opening a
 * question: "Does Tessarin have any cards left?").
 */
export const FUNCTION_WORDS = new Set(
  `The A An On In At By For From To With Within Without After Before During Since Until Although Though
   But And Or Nor Yet So If When While Where Whether As This That These Those It Its He She They We I You
   His Her Their Our My Your Indeed However Moreover Meanwhile Last Next Few Many Most Some Any None
   No Not Nobody Everyone Nothing Both Either Neither Each Every All Other Another Such One Two Three Four
   Five Six Seven Eight Nine Ten Here There Then Thus Hence Also Even Still Only Just Now Today Yesterday
   Tomorrow Why What Which Who Whom Whose How Speaking According Despite Unlike Like Following Afterwards
   Instead Rather Perhaps Already Recently Finally First Second Third Third Over Under Among Against Into
   Through Toward Towards Upon About Around Across Along Behind Beyond Near Outside Inside Once Because
   Let Mr Mrs Ms Dr Sir Yes Although Unless Whereas Whatever Whoever Wherever Whenever Meeting Addressing
   Visiting Commenting Responding Reacting Referring Citing Quoting Welcoming Receiving Having Being Facing
   Does Do Did Is Are Was Were Can Could Will Would Shall Should Has Have Had Might Must Below Above`.split(
    /\s+/,
  ),
);

/** Titles and roles that introduce a person when printed before the name ("Rank": "Captain First Rank X"). */
const TITLES =
  `President Vice-President Premier Prime Minister Secretary Governor Prosecutor-General Prosecutor
   Chairman Chairwoman Chair Leader Ambassador Mayor General Colonel Lieutenant Major Captain Admiral
   Marshal Commander Spokesman Spokeswoman Spokesperson Director Chief Deputy Speaker King Queen Prince
   Emir Sheikh Patriarch Mufti Imam Senator Chancellor Envoy Representative Commissioner Head Judge
   Editor Professor Dr Mr Mrs Ms Minister-President Attorney-General Procurator-General Ombudsman
   Metropolitan Bishop Archbishop Hetman Akim Hokim Governor-General Counselor Adviser Advisor
   Secretary-General Director-General Under-Secretary Undersecretary Vice-Premier Vice-Chairman Vice-Speaker CEO
   Chairman-in-Office Commander-in-Chief MP Executive
   Major-General Lieutenant-General Colonel-General Lieutenant-Colonel Brigadier-General Vice-Admiral
   Rear-Admiral Rank Brother Sister Father Pastor Rabbi Reverend Abbot Coordinator Rapporteur Defender
   Inspector Ombudswoman Attorney Sergeant Corporal Lance-Corporal Staff-Sergeant Warrant-Officer
   Archimandrite Hegumen Archpriest Hieromonk Catholicos Mullah Ayatollah Ambassador-at-Large
   Vice-president Vice-chairman Vice-premier Vice-speaker Vice-Governor Vice-governor Vice-Mayor Vice-Rector`.split(
    /\s+/,
  );
/** A title in the plural, before two names: "Deputy Foreign Ministers A of X and B of Y". */
function pluralOf(title: string): string {
  if (/man$/.test(title)) return title.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(title)) return title.replace(/y$/, 'ies');
  return `${title}s`;
}
/** The plural titles alone: "Foreign Ministers". */
export const PLURAL_TITLES = new Set(TITLES.filter((t) => !/^(?:Dr|Mr|Mrs|Ms)$/.test(t)).map(pluralOf));
/**
 * Trades printed like a title before a name, capitalised where a sentence opens ("Reporter Andrei
 * Tsurcan disappeared …"); singular only ("the Union of Journalists" names no one).
 */
const TRADE_TITLES = `Reporter Journalist Correspondent Activist Lawyer Blogger Dissident Economist Analyst
   Businessman Businesswoman Banker Historian Poet Writer Columnist Commentator`.split(/\s+/);
export const TITLE_WORDS = new Set([...TITLES, ...PLURAL_TITLES, ...TRADE_TITLES]);

/** An Arabic article joined to a surname, or a patronymic's "son of": "al-Sayegh", "el-Baz", "ibn Salim". */
export const ARTICLE_SURNAME = String.raw`(?:(?:al|el|ad|ash|as|ar|az|ud|ul)-|(?:ibn|bin|bint) )\p{Lu}\p{Ll}+`;

/**
 * Chinese and Korean family names, which come first ("Gao Minyu", then "Gao wrote …"): a lone one is
 * the one full name that opens with it.
 */
export const FAMILY_NAME_FIRST = new Set(
  'Bai Cai Cao Chen Cheng Choi Deng Ding Dong Du Fan Fang Feng Fu Gao Gong Guo Han Hao Hu Huang Jang Jiang Jin Jung Kang Kong Lei Li Liang Lin Liu Lu Luo Ma Meng Pan Peng Qian Qin Ren Shen Shi Su Sun Tan Tang Tian Wang Wei Wen Wu Xia Xiao Xie Xu Xue Yan Yang Yao Ye Yi Yin Yu Yuan Zeng Zhang Zhao Zheng Zhong Zhou Zhu'.split(
    ' ',
  ),
);

/** A full name's family names: its last word, and its first where that may come first ("Gao Minyu"). */
export function familyNames(fullName: string): string[] {
  const words = fullName.split(' ');
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  return words.length === 2 && FAMILY_NAME_FIRST.has(first) ? [last, first] : [last];
}

/** A Russian patronymic: "Petrovich", "Viktorovich", "Arkadyevna". */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna)$/u;

/**
 * "Petar Lukač", "Ivo Sand", "Hamid al-Sayegh": two or three plain capitalised words (the last may
 * take an Arabic article), as a person's full name.
 */
export const PLAIN_FULL_NAME = new RegExp(
  `^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,1}(?: (?:\\p{Lu}\\p{Ll}+|${ARTICLE_SURNAME}))$`,
  'u',
);

/** Capitalised words of a title's field, never of a person's name ("Deputy Foreign Minister"). */
export const ROLE_MODIFIERS = new Set(
  `Defense Defence Foreign Interior Energy Economy Economic Finance Justice Health Education Culture
   Deputy Prime Vice First Acting Former State Security Emergency Emergencies Agriculture Transport Trade
   Industry Labor Labour Internal External Federal National General Chief Senior Executive Press Regional
   Presidential Supreme High Grand Executive Information Communications Social Oil Gas Water Nuclear Army
   Military Naval Air Border Customs Tax Council Committee Security-Council Prosecutor`.split(/\s+/),
);

/** Last words of a ministry's field after an adjective: "Mineral Resources", "Social Protection". */
export const FIELD_NOUNS = new Set(
  `Resources Affairs Protection Situations Development Technologies Technology Communications Policy
   Planning Construction Works Investment Investments Privatization Reforms Studies Research Relations
   Complex Society Surveillance Supervision Reporting Rights Freedoms Security Cooperation Integration
   Safety Control Justice Building Use Management`.split(/\s+/),
);

/** Lower-case role nouns that describe a person ("TDA leader Kanat Berdiyev", "its editor, X"). */
export const ROLE_NOUNS =
  'leader|spokesman|spokeswoman|spokesperson|editor|chairman|chairwoman|minister|secretary|governor|commander|head|chief|ambassador|envoy|official|adviser|advisor|aide|analyst|journalist|correspondent|reporter|activist|lawyer|president|mayor|prosecutor|judge|general|colonel|counterpart|cousin|brother|sister|son|daughter|wife|husband|deputy|director|founder|member|candidate|opponent|rival|successor|predecessor|author|columnist|commentator|expert|scholar|diplomat|negotiator|representative|speaker|ombudsman|owner|businessman|oligarch|dissident|blogger|cleric|imam|mufti|rector|professor|rapporteur|coordinator|ombudswoman|commissioner|captain|skipper|researcher|economist|historian|sociologist|campaigner|lecturer';

/** Head nouns that make a capitalised phrase an organisation (a company's last word too: "Skarv Offshore"). */
export const ORG_HEADS = new Set(
  `Assembly Compact Community Commission Alliance Court Ministry Council Organization Organisation
   Service Services Structure Foundation Party Committee Bank Union Unions Confederation Treaty Duma Front Movement Company
   Corporation Parliament Senate Government Administration Office Army Forces Guard Police Bureau
   Institute University Fund Group Association Federation Coalition Bloc Pact Centre Center Department
   Directorate Cabinet Congress Caucus Commonwealth Initiative Forum Mission Secretariat Tribunal Board
   Authority Academy Brigade Battalion Division Regiment Militia Jamaat Brotherhood Network Consortium
   Railways Airlines Gazprom Rosneft Navy Majlis Mazhilis Kurultai Khural Rada Sejm Verkhovna Sobranie
   Jirga Shura Inspectorate Agency Procuracy Chamber Mechanism Programme Program Operation Platform
   Church Diet
   Guild Society League Syndicate Club Trust Library Museum Theatre Theater Hospital School Archive
   Archives Conservatory Observatory Kenesh Mejlis Meclis Majilis Saeima Seimas Riigikogu Khurultai
   Hural Offshore Petroleum Drilling Shipping Holding Holdings Industries Fleet Flotilla Squadron Corps
   Soviet Akimat Hokimiyat Delegation Unit Cooperative Co-operative Communications Diocese Patriarchate
   Synod Eparchy Terminals Construction Metals Investments Chemicals Airways Mothers`.split(/\s+/),
);
/** Heads that name a company by its trade ("Saritas Construction"), a field too before another head. */
export const TRADE_HEADS = new Set(['Construction', 'Metals', 'Investments', 'Chemicals']);

/** A legislature's last word ("the Verkhovna Rada", "the Kestrian State Assembly"). */
export const LEGISLATURE_WORDS =
  'Parliament|Assembly|Duma|Rada|Majlis|Mazhilis|Majilis|Mejlis|Meclis|Kurultai|Khurultai|Khural|Hural|Sejm|Saeima|Seimas|Sobranie|Kenesh|Kengesh|Jirga|Senate|Congress|Riigikogu|Namoyandagon|Oliy Majlis';

/**
 * One-word company names of the region's kind: Gazprom, Naftogaz, Rosneft, Ukrenergo, Kazatomprom,
 * Lukoil, Ukrnafta, Russia's watchdogs (Rospotrebnadzor, Roskomnadzor), Rosoboronexport; and a
 * word with a capital inside (KazMunayGas, KazTransOil, MegaFon), which no person's or place's name
 * has (Mc/Mac names aside).
 */
export const COMPANY_WORD =
  /^(?:\p{Lu}\p{Ll}{2,}(?:gaz|gas|neft|neftegaz|energo|prom|atom|telecom|transit|trans|bank|leasing|oil|nafta|khim|nadzor|export)|(?!Ma?c)\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+)$/u;

/** Words that make a capitalised phrase a media outlet. */
export const MEDIA_WORDS = new Set(
  `TV Television Radio News Novosti Herald Times Post Gazette Gazeta Courier Daily Weekly Journal
   Tribune Pravda Izvestia Izvestiya Interfax Reuters Itar-Tass ITAR-TASS TASS RIA Kommersant Vedomosti
   Express Ekspress Channel Broadcasting Observer Chronicle Telegraph Guardian Vesti Vremya Segodnya
   Nezavisimaya Komsomolskaya Moskovsky Kommersant-Daily Vecherny Rossiiskaya Novaya Obshchaya Argumenty
   AFP AP BBC CNN RFE/RL RFE Xinhua Kyodo Anadolu Trend Turan Ferghana Fergana Regnum Lenta Gazeta.ru
   Newswire Wire Press Bulletin Digest Inform Kabar Khabar Akipress AKIpress Asia-Plus UNIAN Ukrinform
   Kazinform Eurasianet EurasiaNet Azattyq Ozodlik Azatutyun Meduza Sputnik NTV RTR Dozhd Rustavi Imedi Kanal Telekanal
   Armenpress Arminfo Mediamax Azertac AzerTAc APA Belta BelTA Interpressnews Moldpres Infotag UzA Khovar EDM
   Zerkalo RBC Fontanka Kavkaz-Uzel Uzel Ekho Vzglyad Chernovik Nedeli Korrespondent
   Belapan BelaPAN Avesta Kursiv Respublika Karavan Panorama Day.az Civil.ge Apsnypress
   IRNA ISNA NHK Yonhap BNS ETV ERR Postimees Äripäev Delfi PrimaMedia Kurier Vestnik Welle`.split(/\s+/),
);

/**
 * Lower-case words that end an outlet's name, which English prose leaves in the outlet's own sentence
 * case: "Lietuvos rytas", "Ukrainska pravda", "Novaya gazeta", "Zerkalo nedeli", "Lietuvos žinios".
 */
export const MEDIA_TAIL_WORDS =
  'rytas|žinios|pravda|gazeta|nedeli|novosti|novostei|nedelya|vedomosti|vesti|vremya|vestnik|noviny|listy|kurier|obozrenie|segodnya|izvestia|izvestiya';

/** Nouns of an appositive ("Kestrgaz, the state gas company") that settle a name's kind. */
export const APPOSITIVE_KINDS: ReadonlyArray<[RegExp, 'organization' | 'place' | 'media' | 'country']> = [
  [
    /\b(?:capital|city|town|village|region|province|district|oblast|republic|valley|port|harbou?r|island|area|enclave|settlement|crossing|checkpoint)\b/i,
    'place',
  ],
  [
    /\b(?:newspaper|weekly|daily|agency|channel|station|magazine|website|broadcaster|radio|television|tv|news service|outlet)\b/i,
    'media',
  ],
  [
    /\b(?:company|firm|party|bloc|commission|ministry|organization|organisation|group|alliance|movement|monopoly|corporation|concern|holding|union|body|council|committee|court|parliament|bank|agency|watchdog|regulator|operator|producer|exporter|utility|venture|carrier|airline|insurer|manufacturer|network|association|foundation|institute|federation|league|society|coalition|front|NGO|(?:laboratory|consortium|cooperative)(?![ -](?:\w+ )?(?:member|technician|worker|chairman|chairwoman|head|director|analyst|official|spokes\w+|employee|scientist|researcher)s?\b))\b/i,
    'organization',
  ],
  // ("the Pontavian state shipping company": "state" before another noun is the company's adjective.)
  // ("Northline's country manager": a company's post for one country is a person's role.)
  [
    /\b(?:country(?! (?:manager|director|head|representative|chief|coordinator|officer)\b)|nation|kingdom)\b|\bstate\b(?! (?!of |in |on |that |which |with |where )[a-z])/i,
    'country',
  ],
];

/**
 * The past tense of common irregular verbs of acting ("it sold its reserves", "Moscow froze the
 * talks"), which no "-ed" reveals. Each user adds the verbs its own rule needs.
 */
export const IRREGULAR_PAST_ACTS =
  'sold|sent|took|made|held|cut|shut|set|began|won|lost|paid|built|bought|brought|kept|left|met|gave|struck|fled|withdrew|rose|fell|ran|froze|broke|wrote|put|sought|threw|led|sank|shot|stood|hit|forbade|upheld';

/** Verbs that attribute speech or writing. */
export const SPEECH_VERBS =
  'said|says|told|tells|added|adds|affirmed|affirms|declared|declares|stated|states|noted|notes|stressed|stresses|insisted|insists|warned|warns|replied|replies|asked|asks|claimed|claims|argued|argues|explained|explains|remarked|remarks|commented|comments|announced|announces|emphasized|emphasised|emphasizes|observed|observes|continued|continues|concluded|concludes|wrote|writes|recalled|recalls|admitted|admits|admit|acknowledged|acknowledges|acknowledge|conceded|concedes|concede|asserted|asserts|maintained|maintains|predicted|predicts|promised|promises|pledged|pledges|vowed|vows|suggested|suggests|answered|answers|responded|responds|went on|put it|quipped|complained|complains|boasted|boasts|confirmed|confirms|denied|denies|countered|counters|agreed|agrees|urged|urges|charged|charges|alleged|alleges|reiterated|reiterates|assured|assures';

/** Real countries and the adjectives that point to them (the region first, then the major powers). */
export const COUNTRIES: ReadonlyArray<[string, ...string[]]> = [
  ['Russia', 'Russian', 'Russians'],
  ['Uzbekistan', 'Uzbek', 'Uzbeks'],
  ['Kazakhstan', 'Kazakh', 'Kazakhstani'],
  ['Kyrgyzstan', 'Kyrgyz'],
  ['Tajikistan', 'Tajik'],
  ['Turkmenistan', 'Turkmen'],
  ['Afghanistan', 'Afghan'],
  ['Pakistan', 'Pakistani'],
  ['Iran', 'Iranian'],
  ['China', 'Chinese'],
  ['India', 'Indian'],
  ['Georgia', 'Georgian'],
  ['Armenia', 'Armenian'],
  ['Azerbaijan', 'Azerbaijani', 'Azeri'],
  ['Ukraine', 'Ukrainian'],
  ['Belarus', 'Belarusian', 'Belarussian'],
  ['Moldova', 'Moldovan'],
  ['Turkey', 'Turkish'],
  ['Mongolia', 'Mongolian'],
  ['United States', 'US', 'U.S.', 'USA', 'American'],
  ['United Kingdom', 'UK', 'British', 'Britain'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Japan', 'Japanese'],
  ['Poland', 'Polish'],
  ['Lithuania', 'Lithuanian'],
  ['Latvia', 'Latvian'],
  ['Estonia', 'Estonian'],
  ['Israel', 'Israeli'],
  ['Iraq', 'Iraqi'],
  ['Syria', 'Syrian'],
  ['Saudi Arabia', 'Saudi'],
  ['Egypt', 'Egyptian'],
  ['Italy', 'Italian'],
  ['Spain', 'Spanish'],
  ['Romania', 'Romanian'],
  ['Bulgaria', 'Bulgarian'],
  ['Serbia', 'Serbian'],
  ['Hungary', 'Hungarian'],
  ['Czech Republic', 'Czech'],
  ['Slovakia', 'Slovak'],
  ['Finland', 'Finnish'],
  ['Sweden', 'Swedish'],
  ['Norway', 'Norwegian'],
  ['Denmark', 'Danish'],
  ['Netherlands', 'Dutch'],
  ['Belgium', 'Belgian'],
  ['Austria', 'Austrian'],
  ['Switzerland', 'Swiss'],
  ['Greece', 'Greek'],
  ['Canada', 'Canadian'],
  ['North Korea', 'North Korean'],
  ['South Korea', 'South Korean'],
  ['Korea', 'Korean'],
  ['Cyprus', 'Cypriot'],
  ['Croatia', 'Croatian'],
  ['Slovenia', 'Slovenian', 'Slovene'],
  ['Bosnia and Herzegovina', 'Bosnian'],
  ['Montenegro', 'Montenegrin'],
  ['Albania', 'Albanian'],
  ['North Macedonia', 'Macedonian'],
  ['Kosovo', 'Kosovar'],
  ['Portugal', 'Portuguese'],
  ['Ireland', 'Irish'],
  ['Iceland', 'Icelandic'],
  ['Luxembourg'],
  ['Malta', 'Maltese'],
  ['Qatar', 'Qatari'],
  ['Kuwait', 'Kuwaiti'],
  ['United Arab Emirates', 'UAE', 'Emirati'],
  ['Oman', 'Omani'],
  ['Yemen', 'Yemeni'],
  ['Jordan', 'Jordanian'],
  ['Lebanon', 'Lebanese'],
  ['Libya', 'Libyan'],
  ['Tunisia', 'Tunisian'],
  ['Algeria', 'Algerian'],
  ['Morocco', 'Moroccan'],
  ['Sudan', 'Sudanese'],
  ['Ethiopia', 'Ethiopian'],
  ['Nigeria', 'Nigerian'],
  ['South Africa', 'South African'],
  ['Kenya', 'Kenyan'],
  ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'],
  ['Argentina', 'Argentine', 'Argentinian'],
  ['Chile', 'Chilean'],
  ['Venezuela', 'Venezuelan'],
  ['Cuba', 'Cuban'],
  ['Australia', 'Australian'],
  ['New Zealand'],
  ['Indonesia', 'Indonesian'],
  ['Malaysia', 'Malaysian'],
  ['Vietnam', 'Vietnamese'],
  ['Thailand', 'Thai'],
  ['Philippines', 'Philippine', 'Filipino'],
  ['Singapore', 'Singaporean'],
  ['Bangladesh', 'Bangladeshi'],
  ['Sri Lanka', 'Sri Lankan'],
  ['Nepal', 'Nepali', 'Nepalese'],
  ['Myanmar', 'Burmese'],
  ['Taiwan', 'Taiwanese'],
  ['Palestine', 'Palestinian'],
  ['Vatican'],
  ['Soviet Union', 'Soviet', 'USSR'],
];

/**
 * Real countries' official long forms, each after the short name the gazetteer knows it by ("the
 * Russian Federation" is Russia). Any "Republic of X" of a known country X is its long form too.
 */
export const COUNTRY_LONG_FORMS: ReadonlyArray<[string, ...string[]]> = [
  ['Russia', 'Russian Federation'],
  ['China', 'People’s Republic of China', "People's Republic of China", 'PRC'],
  ['United States', 'United States of America'],
  ['United Kingdom', 'United Kingdom of Great Britain and Northern Ireland'],
  ['Kyrgyzstan', 'Kyrgyz Republic'],
  ['Slovakia', 'Slovak Republic'],
  ['Switzerland', 'Swiss Confederation'],
  ['Czech Republic', 'Czechia'],
  ['Iran', 'Islamic Republic of Iran'],
  ['Afghanistan', 'Islamic Republic of Afghanistan'],
  ['Pakistan', 'Islamic Republic of Pakistan'],
  ['Germany', 'Federal Republic of Germany'],
  ['North Korea', 'Democratic People’s Republic of Korea', "Democratic People's Republic of Korea", 'DPRK'],
  ['South Korea', 'Republic of Korea'],
  ['Taiwan', 'Republic of China'],
  ['North Macedonia', 'Former Yugoslav Republic of Macedonia', 'Republic of North Macedonia'],
];

/** Every real country's name and adjective, as one set: a word that names a party, not a person. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(COUNTRIES.flat());

/** Places the gazetteer knows are not countries, with an adjective when there is one. */
export const REGIONS: ReadonlyArray<[string, ...string[]]> = [
  ['Chechnya', 'Chechen', 'Chechens'],
  ['Dagestan', 'Dagestani'],
  ['Ingushetia', 'Ingush'],
  ['Abkhazia', 'Abkhaz'],
  ['South Ossetia', 'Ossetian'],
  ['Transnistria', 'Transnistrian'],
  ['Crimea', 'Crimean'],
  ['Tatarstan', 'Tatar'],
  ['Bashkortostan', 'Bashkir'],
  ['Xinjiang', 'Uighur', 'Uyghur'],
  ['Central Asia', 'Central Asian'],
  ['Caucasus', 'Caucasian'],
  ['Europe', 'European'],
  ['Asia', 'Asian'],
  ['Nagorno-Karabakh', 'Karabakh'],
  ['Fergana Valley'],
  ['Ferghana Valley'],
  ['Waziristan'],
  ['Kashmir', 'Kashmiri'],
  ['Gagauzia', 'Gagauz'],
  ['Adjara', 'Adjarian'],
  ['Nakhchivan'],
  ['Donbas'],
  ['Karakalpakstan', 'Karakalpak'],
  ['Gorno-Badakhshan'],
  ['Kaliningrad'],
  ['Kanal Istanbul'],
  ['Siberia'],
  ['Baltic states'],
  ['North Caucasus'],
  ['South Caucasus'],
  ['North Ossetia', 'North Ossetian'],
  ['Kabardino-Balkaria', 'Kabardino-Balkarian'],
  ['Karachay-Cherkessia'],
  ['Adygea'],
  ['Kalmykia', 'Kalmyk'],
  ['Stavropol Krai'],
  ['Krasnodar Krai'],
  ['Pankisi Gorge'],
  ['Kodori Gorge'],
  ['Javakheti'],
  ['Samtskhe-Javakheti'],
  ['Mingrelia', 'Mingrelian'],
  ['Svaneti'],
  ['Kakheti'],
  ['Transcarpathia'],
  ['Sughd'],
  ['Khatlon'],
  ['Issyk-Kul'],
];

/** Cities the region's news names without a cue (contested and frontline cities, regional centres; the
 * capitals are in CAPITALS below, which the gazetteer reads too). */
export const CITIES =
  `Almaty Istanbul Brussels Sukhumi Tskhinvali Tiraspol Stepanakert Grozny Makhachkala Nalchik
  Vladikavkaz Kazan Sevastopol Simferopol Donetsk Luhansk Kharkiv Odesa Odessa Lviv Geneva
  Strasbourg Batumi Kutaisi Gyumri Ganja Sumgait Osh Jalal-Abad Karakol Karaganda Shymkent Aktau
  Atyrau Aktobe Samarkand Bukhara Andijan Namangan Nukus Termez Khujand Khorog Turkmenbashi
  Balkanabat Novosibirsk Yekaterinburg Vladivostok Murmansk Sochi Rostov-on-Don Krasnodar Volgograd
  Astrakhan St. Petersburg Saint Petersburg Dnipro Zaporizhzhia Mariupol Kherson Mykolaiv Balti
  Comrat Narva Daugavpils Gomel Grodno Vitebsk Mogilev Brest Hrodna Poti Zugdidi Gori Telavi Gali
  Ochamchire Senaki Zestaponi Akhalkalaki Vanadzor Lankaran Mingachevir Sheki Shusha Nazran Magas
  Beslan Khasavyurt Derbent Kizlyar Cherkessk Maikop Pyatigorsk Stavropol Novorossiysk Tuapse Kerch
  Yalta Feodosia Uzhhorod Chernivtsi Ivano-Frankivsk Ternopil Lutsk Rivne Zhytomyr Vinnytsia Poltava
  Chernihiv Sumy Kramatorsk Sloviansk Tighina Cahul Ungheni Soroca Batken Naryn Talas Tokmok
  Kara-Balta Uzgen Kulob Bokhtar Isfara Panjakent Kokand Fergana Ferghana Karshi Navoi Urgench Khiva
  Jizzakh Turkmenabat Dashoguz Uralsk Pavlodar Semey Kostanay Kyzylorda Taraz Zhanaozen Petropavl
  Ust-Kamenogorsk Oskemen Ekibastuz`.split(/\s+/);

/** Real countries' capitals, with the spellings the press uses: "Moscow protested" speaks for Russia. */
export const CAPITALS: ReadonlyArray<[string, ...string[]]> = [
  ['Russia', 'Moscow'],
  ['Ukraine', 'Kyiv', 'Kiev'],
  ['Belarus', 'Minsk'],
  ['Moldova', 'Chisinau', 'Kishinev'],
  ['Georgia', 'Tbilisi'],
  ['Armenia', 'Yerevan'],
  ['Azerbaijan', 'Baku'],
  ['Kazakhstan', 'Astana'],
  ['Uzbekistan', 'Tashkent'],
  ['Kyrgyzstan', 'Bishkek'],
  ['Tajikistan', 'Dushanbe'],
  ['Turkmenistan', 'Ashgabat', 'Ashkhabad'],
  ['Afghanistan', 'Kabul'],
  ['Pakistan', 'Islamabad'],
  ['Iran', 'Tehran'],
  ['China', 'Beijing'],
  ['Turkey', 'Ankara'],
  ['United States', 'Washington'],
  ['United Kingdom', 'London'],
  ['France', 'Paris'],
  ['Germany', 'Berlin'],
  ['Poland', 'Warsaw'],
  ['Lithuania', 'Vilnius'],
  ['Latvia', 'Riga'],
  ['Estonia', 'Tallinn'],
  ['Romania', 'Bucharest'],
  ['Bulgaria', 'Sofia'],
  ['Hungary', 'Budapest'],
  ['Czech Republic', 'Prague'],
  ['Slovakia', 'Bratislava'],
  ['Slovenia', 'Ljubljana'],
  ['Croatia', 'Zagreb'],
  ['Serbia', 'Belgrade'],
  ['Bosnia-Herzegovina', 'Sarajevo'],
  ['Macedonia', 'Skopje'],
  ['Greece', 'Athens'],
  ['Finland', 'Helsinki'],
  ['Sweden', 'Stockholm'],
  ['Norway', 'Oslo'],
  ['Denmark', 'Copenhagen'],
  ['Austria', 'Vienna'],
  ['Italy', 'Rome'],
  ['Spain', 'Madrid'],
  ['Japan', 'Tokyo'],
  ['India', 'New Delhi', 'Delhi'],
  ['Mongolia', 'Ulaanbaatar', 'Ulan Bator'],
  ['Iraq', 'Baghdad'],
  ['Syria', 'Damascus'],
  ['Saudi Arabia', 'Riyadh'],
  ['Egypt', 'Cairo'],
];

/** International organisations, full name first, then the abbreviations the press uses. */
export const ORGANIZATIONS: ReadonlyArray<[string, ...string[]]> = [
  ['European Union', 'EU'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['United Nations', 'UN'],
  ['Organization for Security and Cooperation in Europe', 'OSCE'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Collective Security Treaty Organization', 'CSTO'],
  ['Shanghai Cooperation Organization', 'SCO'],
  ['International Monetary Fund', 'IMF'],
  ['World Trade Organization', 'WTO'],
  ['Eurasian Economic Union', 'EEU'],
  ['GUAM'],
  ['Council of Europe'],
  ['Eurasian Economic Community', 'EurAsEC'],
  ['World Bank'],
  ['European Bank for Reconstruction and Development', 'EBRD'],
  ['Asian Development Bank', 'ADB'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['Human Rights Watch'],
  ['Amnesty International'],
  ['Memorial'],
  ['Freedom House'],
  ['Reporters Without Borders', 'RSF'],
  ['Transparency International'],
  ['International Crisis Group', 'ICG'],
  ['Office for Democratic Institutions and Human Rights', 'ODIHR'],
  ['UNHCR'],
  ['UNICEF'],
  ['Interpol'],
  ['OPEC'],
  ['Hizb ut-Tahrir'],
  ['Islamic Movement of Uzbekistan', 'IMU'],
  // Bodies the region's news names without a head noun.
  ['Kremlin'],
  ['Pentagon'],
  ['FSB'],
  ['SBU'],
  ['KGB'],
  ['GRU'],
  // The region's parties whose names carry no head noun.
  ['United Russia'],
  ['Georgian Dream'],
  ['Nur Otan'],
  ['Yabloko'],
  ['Batkivshchyna'],
  ['Our Ukraine'],
  ['Rodina'],
  ['Ata-Meken'],
  ['Ak Zhol'],
  ['Ar-Namys'],
  ['Just Russia'],
  ['LDPR'],
  ['CPRF'],
  // Companies whose names the company-word pattern below does not cover.
  ['Rostec'],
  ['Rosstat'],
  ['Roscosmos'],
  ['SOCAR'],
  ['Uralkali'],
  ['Belaruskali'],
  ['Transneft'],
  ['Yukos'],
  ['Eni'],
  ['OMV'],
  ['MOL'],
  ['PGNiG'],
  ['Itera'],
  ['CNPC'],
  ['BP'],
  ['Chevron'],
  ['Statoil'],
];

/** Languages and scripts with no country of their name: "published in English", "the Latin script". */
export const LANGUAGES = new Set(
  `English Latin Cyrillic Arabic Persian Farsi Hebrew Esperanto Hindi Urdu Mandarin Cantonese`.split(/\s+/),
);

/** Phrases standing for a capital's government in news prose. */
export const GENERIC_PLACE_NOUNS =
  /^(?:border|region|province|district|area|oblast|valley|republic|dam|pipeline|line|station|plant|field|airport|port|bridge|mine|base|square)$/;

/** Heads of a place named "X of Y": "the Gulf of Varna", "the Line of Control", "the Isle of Brask". */
const PLACE_OF_HEADS = new Set(['Gulf', 'Sea', 'Bay', 'Strait', 'Straits', 'Isle', 'Cape', 'Line']);

/** "the Port of Tallinn", "the Port of Rotterdam": a port named "of" its city is the body that runs it. */
export const isPortOf = (head: string): boolean => head === 'Port';

/**
 * "the House of Culture", "the Palace of Sports": a building named "of" a singular noun is a place (a
 * "House of Lords" or "House of Representatives", "of" a plural, is a chamber of people).
 */
export const isPlaceOf = (head: string, next: string): boolean =>
  isPortOf(head) ||
  PLACE_OF_HEADS.has(head) ||
  (['House', 'Palace'].includes(head) && /^\p{Lu}\p{Ll}*[^s]$/u.test(next));

/** A state's long form "X of Y": "the Republic of Orvenia", "the Kingdom of Brask". */
export const STATE_OF_HEADS = new Set([
  'Republic',
  'Kingdom',
  'Principality',
  'Emirate',
  'Sultanate',
  'Khanate',
]);
