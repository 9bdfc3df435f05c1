// Gender cues for people, so that "she" and "he" prefer a woman or a man: a title printed before the
// name (Mrs, Ms, Mr), a common given name of the region or of Europe, a gendered surname or
// patronymic ending, and "herself"/"himself" right after the name. No cue means no preference:
// a person without one is never ruled out.

export type Gender = 'female' | 'male';

// Common given names of the former Soviet space, the Caucasus, Central Asia and Europe (folded to
// lower case, Latin script); a first name printed with the surname is the strongest name cue.
const FEMALE_NAMES = new Set(
  (
    'condoleezza hillary madeleine ' +
    'anna ana anya maria mariya marina maia maya olga irina iryna natalia natalya nataliya natasha elena ' +
    'yelena olena alena alyona tatiana tatyana tetiana svetlana svitlana yulia yuliya julia ekaterina ' +
    'yekaterina kateryna katerina lyudmila liudmyla galina halyna larisa oksana nadezhda nadiya ' +
    'valentina viktoria victoria daria darya veronika ksenia kseniya sofia sophia sofiya lilia ' +
    'nina zoya vera lyubov inna alla ella raisa polina alina kristina ulyana eva sviatlana ' +
    'svyatlana maryna hanna helena sanna ' +
    'gulnara gulmira gulnar gulshan dinara aigul aizhan aliya aida asel saule zhanna madina kamila ' +
    'malika nigora dilnoza shahnoza zarina zamira roza leyla leila aynur gunel sevinj lala khadija ' +
    'mehriban sevda aygun aysel konul aigerim saltanat zhanar gulzhan mirela ioana ivana ' +
    'jelena danica milena ivanna sopho maren ingrid anne marie ' +
    'fatima amina nino tamar tamara ketevan eka salome tinatin mariam natela manana lali ' +
    'anahit armine lusine gayane hasmik siranush ' +
    'agnieszka katarzyna magdalena joanna ewa jolanta dalia ruta ieva laima kristiina ' +
    'angela ursula elizabeth catherine margaret jane mary sarah helen kaja federica ' +
    'marta lidia lidiya nadia nadya alexandra aleksandra varvara yana yaroslava olesya evgenia yevgenia ' +
    'ludmila valeria kira alisa ' +
    'ainur aisulu akmaral assel bibigul dana dariga gaukhar lyazzat meruert nazgul nurgul raushan ' +
    'aynura gunay narmin nigar sabina sevil zeynab lamiya nadira nilufar feruza gulchehra ' +
    'jana katarina petra zuzana lenka irena jelena snezana daniela monika claudia'
  ).split(' '),
);
const MALE_NAMES = new Set(
  // (The West's officials the region's news names too: "Richard G. Lugar", "Colin Powell".)
  (
    'richard william james charles joseph daniel matthew mark steven stephen nicholas colin dick tony ' +
    'gordon javier zbigniew strobe kurt henry ' +
    'ivan sergei sergey serhiy vladimir volodymyr dmitry dmitri dmytro alexander aleksandr ' +
    'oleksandr alyaksandr andrei andrey andriy mikhail mykhailo nikolai mykola pavel pavlo petro ' +
    'pyotr yuri yuriy igor ihor oleg viktor victor boris vitaly vitali vitaliy anatoly gennady ' +
    'konstantin kostiantyn leonid valery valeriy yevgeny evgeny alexei aleksei oleksiy arseniy ' +
    'vladislav stanislav roman ruslan maxim maksim denis artem artyom grigory ilya ' +
    'kairat nursultan kassym nurlan askar yerlan daniyar bakhyt almazbek sooronbay kurmanbek ' +
    'islam shavkat rustam emomali ravshan farrukh dilshod bakhtiyor jamshid timur temur ' +
    'ilham heydar ali elchin rasul ramiz ' +
    'nodar giorgi george mikheil zurab eduard irakli levan davit david tengiz bidzina vakhtang ' +
    'shota zaza levon serzh robert armen tigran vazgen aram ashot samvel ' +
    'ramzan akhmad dzhokhar aslan magomed ' +
    'piotr tomasz andrzej lech donald janusz algirdas vytautas gitanas dainius ' +
    'emmanuel francois nicolas jacques olaf helmut gerhard recep ahmet mehmet pierre philip ' +
    'henrik lars hans peter john michael paul thomas karl ion vasile mihai mihail radu ' +
    'grigore ilie teodor goran zoran dragan milan petar marko arkady arkadiy taras vasyl ' +
    'merab otar revaz archil tornike luka eldar farhad farhod rauf tural ilgar namiq elnur ' +
    'murad marat bolat yermek bauyrzhan serik erlan aslanbek ilkhom dzhamshid jamshed ' +
    'stepan yaroslav bogdan bohdan vadim kirill fyodor fedor anton semyon yegor gleb rostislav ' +
    'vyacheslav yevhen evgeni vasily vasili matvei timofei arsen daniil danila lev yakov ' +
    'aibek asylbek kanybek nurbek almaz azamat bakhtiyar bekzhan daulet yerzhan zhanibek kuanysh ' +
    'nurzhan talgat arman ermek murat rustem rinat ildar kamran fuad rovshan orkhan vugar anar ' +
    'tofig javid nazim farid rashid tahir emin aleksandar stefan nikola dusan jiri tomas karel ' +
    'miroslav vaclav andrej laszlo zoltan anvar anwar davron jamshid sherzod ulugbek bobur'
  ).split(' '),
);

// Surname and patronymic endings: "-ova", "-skaya", "-ienė", "-ūtė", "-ová", "-ovna" for women; "-ov",
// "-ev", "-in", "-sky", "-ski", "-aitis" for men ("-vich" is left out: Belarusian and Serbian surnames in "-ich"
// are a woman's too).
const WOMANS_ENDINGS = 'ova|eva|ina|aya|ienė|iene|aitė|aite|ytė|yte|ūtė|ute|ová|ovna|evna';
const FEMALE_ENDING = new RegExp(`(?:${WOMANS_ENDINGS}|ska|ivna)$`, 'u');
/** The women's surname endings without "-ska" and "-ivna": the interviewee check reads only these. */
export const WOMANS_SURNAME_ENDING = new RegExp(`(?:${WOMANS_ENDINGS})$`, 'u');
// (Lithuanian and Latvian men's: "-aitis", "-auskas", "-ūnas", "-ius", "-iņš"; a woman's name never ends so.)
const MALE_ENDING = /(?:ov|ev|in|sky|skiy|skyi|ski|aitis|auskas|ūnas|unas|ius|iņš|ins)$/u;

/** Whether a word is a common given name of the region or of Europe ("Arkady", "Nino"). */
export function isCommonGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE_NAMES.has(w) || MALE_NAMES.has(w);
}

/** The gender a person's printed name points to, by the given name first, else the surname's ending. */
export function nameGender(name: string): Gender | undefined {
  // "Pierre Morel's spokesman": one who speaks for someone is not that person; only the noun tells.
  const owned = /['’]s\s+(.+)$/u.exec(name)?.[1];
  if (owned !== undefined) return roleGender(owned);
  const words = name
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => /^\p{L}/u.test(w));
  const given = words[0] ?? '';
  if (FEMALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given)) return 'male';
  // A single given name alone ("Dinara") is known; a lone word otherwise is read as a surname.
  const surname = words.at(-1) ?? '';
  if (surname.length < 5) return undefined;
  if (FEMALE_ENDING.test(surname)) return 'female';
  if (MALE_ENDING.test(surname)) return 'male';
  return undefined;
}

/** The gender a role noun says ("spokeswoman", "mother"; "spokesman" is said of women too). */
function roleGender(role: string): Gender | undefined {
  if (/\b(?:\p{L}+woman|mother|wife|daughter|sister|widow|grandmother)$/iu.test(role)) return 'female';
  if (/\b(?:father|husband|son|brother|grandfather)$/iu.test(role)) return 'male';
  return undefined;
}

/**
 * The gender a person's description says by its head role ("the chairwoman of the union"; not "a
 * spokesman for Ombudswoman X").
 */
export function descriptionGender(description: string): Gender | undefined {
  return roleGender(description.split(/\s(?:of|for|to|at|in|with)\s/)[0] ?? '');
}

/** The gender a title right before a name says ("Mrs Ivanova", "Ms. Petrenko", "Mr Lee", "spokeswoman"). */
export function titleGender(before: string): Gender | undefined {
  // ("spokeswoman Anna Petrova", "Chairwoman Petrova": a "-woman" title is said of women only.)
  if (/\p{L}woman,?\s+$/iu.test(before)) return 'female';
  const title = /\b(Mrs|Ms|Miss|Madame|Mme|Mr|Monsieur)\.?\s+$/u.exec(before)?.[1];
  if (!title) return undefined;
  return /^M(?:r|onsieur)$/u.test(title) ? 'male' : 'female';
}

/** The gender "herself"/"himself" right after a name says ("Anna Kovalenko herself", "X, himself a …"). */
export function reflexiveGender(after: string): Gender | undefined {
  const self = /^,?\s+(herself|himself)\b/u.exec(after)?.[1];
  if (!self) return undefined;
  return self === 'herself' ? 'female' : 'male';
}

/** The gender a third-person pronoun names ("she", "her", "he", "his"), if it is one. */
export function pronounGender(word: string): Gender | undefined {
  if (/^(?:she|her|hers|herself)$/iu.test(word)) return 'female';
  if (/^(?:he|him|his|himself)$/iu.test(word)) return 'male';
  return undefined;
}
