//! Unit tests of [`super::analyze`] and [`super::name_type`].

use super::*;
use SourceType::*;

fn a(m: &str) -> MentionInfo {
    analyze(m, "")
}

#[test]
fn appositive_titles_and_roles() {
    let m = a("Defense Department spokesman Army Lt. Charlie Dietz");
    assert_eq!((m.stype, m.anonymous, m.official), (Person, false, true));
    assert_eq!(m.name.as_deref(), Some("Charlie Dietz"));
    assert_eq!(m.role.as_deref(), Some("Defense Department spokesman"));
    assert_eq!(m.affiliation.as_deref(), Some("Defense Department"));
    let m = a("Financial Times outside commentator Gideon Rachman");
    assert_eq!((m.stype, m.anonymous, m.official), (Person, false, false));
    assert_eq!(m.role.as_deref(), Some("outside commentator"));
    assert_eq!(m.affiliation.as_deref(), Some("Financial Times"));
    let m = a("Trump's running mate, Indiana Gov. Mike Pence,");
    assert_eq!(m.name.as_deref(), Some("Mike Pence"));
    assert!(m.official);
    let m = a("Retired Air Force Gen. Norman Ham");
    assert_eq!((m.name.as_deref(), m.official), (Some("Norman Ham"), false));
    let m = a("Peter Morgan, a lawyer for the Sierra Club");
    assert_eq!((m.stype, m.anonymous, m.official), (Person, false, true));
    // names with particles, titles with "of", an unlisted role noun before a name
    for (s, name, off) in [
        ("Egyptian President Abdel-Fatah al-Sisi", "Abdel-Fatah al-Sisi", true),
        ("Mr de Bretton-Gordon", "de Bretton-Gordon", false),
        ("Secretary of State William Galvin", "William Galvin", true),
        ("NBC News moderator Matt Lauer", "Matt Lauer", false),
    ] {
        let m = a(s);
        assert_eq!((m.stype, m.anonymous, m.official, m.name.as_deref()), (Person, false, off, Some(name)), "{s}");
    }
    assert_eq!(a("an unpledged delegate supporting Clinton").name, None);
    assert_eq!(a("A group of rabbis").stype, Group);
}

#[test]
fn anonymous_sources_and_descriptors() {
    let m = a("A normally reliable source");
    assert_eq!((m.stype, m.anonymous, m.official), (Person, true, false));
    assert_eq!(m.descriptors, ["normally reliable"]);
    let m = a("a Pentagon official");
    assert_eq!((m.stype, m.anonymous, m.official), (Person, true, true));
    assert_eq!(m.affiliation.as_deref(), Some("Pentagon"));
    let m = analyze("officials", " who spoke on condition of anonymity because talks continue");
    assert_eq!((m.stype, m.anonymous, m.official), (Group, true, true));
    assert_eq!(m.descriptors, ["who spoke on condition of anonymity"]);
    let m = a("a person familiar with the matter");
    assert!(m.anonymous);
    assert_eq!(m.descriptors, ["familiar with the matter"]);
    // a bare possessive name is that name
    let m = a("Hunter's");
    assert_eq!((m.name.as_deref(), m.anonymous), (Some("Hunter"), false));
    assert_eq!(a("his").name, None);
    // a capitalised plural profession opening a sentence is a group, not a name
    let m = a("Theologians");
    assert_eq!((m.stype, m.anonymous, m.name.as_deref()), (Group, true, None));
}

#[test]
fn organizations_outlets_documents_groups() {
    for (s, t, anon, off) in [
        ("The Kremlin", Organization, false, true),
        ("The US", Organization, false, true),
        ("the NAACP", Organization, false, true),
        ("The New York Post", Outlet, false, false),
        ("Task and Purpose", Outlet, false, false),
        // trade and entertainment press are outlets, never official (ANNOTATION.md)
        ("TMZ", Outlet, false, false),
        // companies and NGOs named on their own speak for themselves: official
        ("Apple", Organization, false, true),
        ("WikiLeaks", Organization, false, true),
        ("Alaska Airlines", Organization, false, true),
        ("TechCrunch", Outlet, false, false),
        ("ESPN", Outlet, false, false),
        ("a report", Document, true, false),
        ("a Homeland Security memo", Document, false, true),
        ("court rulings", Document, true, true),
        ("Polls", Document, true, false),
        ("Obama's aides", Group, true, true),
        ("labor-policy experts", Group, true, false),
        ("both President Obama and Republican nominee Donald Trump", Group, false, false),
        ("the union", Organization, false, true),
        // plurals of role nouns, ages, shares of people, labels, institutions named with "the"
        ("Local politicians", Group, true, false),
        ("reps for the actor", Group, true, false),
        ("a company representative", Person, true, true),
        ("Steve Adler, rVotes' owner", Person, false, true),
        ("the owner of the bakery", Person, true, false),
        ("the Foley family", Group, false, false),
        ("Local media", Outlet, true, false),
        ("his family", Group, true, false),
        ("Fox News Vice President and Washington Managing Editor Bill Sammon", Person, false, true),
        ("Chairman and CEO Jim Fox", Person, false, true),
        ("Acme Corp Vice President and Regional Managing Editor Bill Sammon", Person, false, true),
        ("77 percent of Republicans polled", Group, true, false),
        // shares of people in digits; a named organization by its appositive; hearsay
        ("44 percent of Independents", Group, true, false),
        ("53%", Group, true, false),
        ("Those over 60", Group, true, false),
        ("the general public", Group, true, false),
        ("American Crossroads, a super PAC aligned with Republican strategist Karl Rove", Organization, false, true),
        ("Vladi Private Islands, the real estate agency that holds the listing", Organization, false, true),
        ("Donald Trump, a regular in recent years", Person, false, false),
        ("the Castro health rumors", Unknown, true, false),
        ("Rumor", Unknown, true, false),
        ("the 41-year-old", Person, true, false),
        ("A Republican", Person, true, false),
        ("the Wisconsin Republican", Person, true, false),
        ("one well-connected Democrat", Person, true, false),
        ("the Syrian Observatory for Human Rights", Organization, false, true),
        ("the Post", Outlet, false, false),
        ("accounts linked to the group", Document, true, false),
        // whom a document is linked to, or the platform carrying it, does not name it
        ("a blog linked to Orvel Front", Document, true, false),
        ("Facebook posts associated with the militia", Document, true, false),
        // polls of outlets are no official's ("CNN/ORC", "Washington Post-ABC News")
        ("the latest CNN/ORC poll", Document, false, false),
        ("A Washington Post-ABC News poll", Document, false, false),
        // a name opening with a particle names the outlet before it
        ("Iraq’s pro-government newspaper, al Sabaah", Outlet, false, false),
        ("de Blasio", Person, false, false),
        // a noun for a person by its ending; an outlet's own body speaks as the outlet
        ("A psychologist at Yale University", Person, true, false),
        ("pediatricians at the clinic", Group, true, false),
        ("The New York Times editorial board", Outlet, false, false),
        // a news site by its address; common nouns for people
        ("news.com.au", Outlet, false, false),
        ("Space.com", Outlet, false, false),
        ("A Texas plumber", Person, true, false),
        ("the Seattle-born rapper", Person, true, false),
        ("several female followers", Group, true, false),
        // corporate suffixes make a company, and so does an ampersand
        ("Ernst & Young", Organization, false, true),
        ("Vandelay Industries", Organization, false, true),
        ("Initech Holdings", Organization, false, true),
    ] {
        let m = a(s);
        assert_eq!((m.stype, m.anonymous, m.official), (t, anon, off), "{s}");
    }
    assert_eq!(a("This military publication").reference, Reference::Definite);
    assert_eq!(a("he").reference, Reference::Pronoun(Pronoun::Person));
    assert_eq!(a("We’re").reference, Reference::Pronoun(Pronoun::First));
    assert_eq!(a("A certain Earl Godoy, a NASA scientist").role.as_deref(), Some("NASA scientist"));
    assert_eq!(a("").stype, Unknown);
    // call letters are an acronym; a first name in capitals is a transcript's speaker
    assert_eq!(name_type("NAACP"), Some(Organization));
    assert_eq!(name_type("GUY"), None);
    assert_eq!(a("Iraq’s pro-government newspaper, al Sabaah").name.as_deref(), Some("al Sabaah"));
}

#[test]
fn a_name_after_a_roles_of_complement() {
    // the name after "director of communications" is the person's, not an affiliation
    let m = a("WHO director of communications Christy Feig");
    assert_eq!((m.stype, m.anonymous, m.official), (Person, false, true));
    assert_eq!(m.name.as_deref(), Some("Christy Feig"));
    assert_eq!(a("chief of defence staff Alex Badeh").name.as_deref(), Some("Alex Badeh"));
    // a determiner before the name: the person the role is "of", not the speaker
    let m = a("a friend of the late John Smith");
    assert!(m.name.is_none() && m.anonymous);
}

#[test]
fn nationalities_name_no_outlet_and_no_plural_reports() {
    for (s, t, anon) in [
        ("British media reports", Document, true),
        ("Later Iraqi reports", Document, true),
        ("The U.S. media", Outlet, true),
        ("Iraqi state media", Outlet, true),
        ("A Ledger report", Document, false),
        ("Ledger reports", Document, false),
        // a surname that ends like a nationality is still a name
        ("Brennan memos", Document, false),
        ("Morgan reports", Document, false),
    ] {
        let m = a(s);
        assert_eq!((m.stype, m.anonymous), (t, anon), "{s}");
    }
}

#[test]
fn one_of_many_is_an_anonymous_person_and_more_document_nouns() {
    for s in ["one", "Another", "A third"] {
        let m = a(s);
        assert_eq!((m.stype, m.anonymous, m.reference), (Person, true, Reference::Fresh), "{s}");
    }
    assert_eq!(a("one official").stype, Person);
    for s in ["the passage", "the directive", "a recently posted job listing", "A petition", "Vale’s argument"] {
        assert_eq!(a(s).stype, Document, "{s}");
    }
}

#[test]
fn outlet_named_by_its_modifier() {
    for (s, name) in [
        ("the Washington Post newspaper", "Washington Post"),
        ("Nigeria's privately owned This Day newspaper", "This Day"),
        ("Rudaw online newspaper", "Rudaw"),
    ] {
        let m = a(s);
        assert_eq!((m.stype, m.anonymous, m.official, m.name.as_deref()), (Outlet, false, false, Some(name)), "{s}");
    }
    // a nationality names no outlet
    assert_eq!(a("Iraqi media").name, None);
    assert_eq!(a("a Texas newspaper").name, None);
}

#[test]
fn a_source_of_an_office_is_official() {
    for (s, off) in [
        ("a security source", true),
        ("the presidency source", true),
        ("government sources", true),
        ("a source close to the player", false),
        ("a credible source", false),
    ] {
        let m = a(s);
        assert_eq!((m.anonymous, m.official), (true, off), "{s}");
    }
}

#[test]
fn an_appositive_whose_org_word_modifies_a_person_noun_keeps_a_person() {
    let m = a("Riquelme, a successful app developer from New York");
    assert_eq!(m.stype, Person);
    let m = a("American Crossroads, a super PAC aligned with the party");
    assert_eq!(m.stype, Organization);
}

#[test]
fn a_person_named_after_named_or_called() {
    let m = a("a commenter named “4npower”");
    assert_eq!((m.stype, m.anonymous, m.name.as_deref()), (Person, false, Some("4npower")));
    let m = a("a man called John Reyes");
    assert_eq!((m.stype, m.anonymous, m.name.as_deref()), (Person, false, Some("John Reyes")));
    // a thing named is no person
    assert_ne!(a("a report called Sunrise").stype, Person);
}

#[test]
fn a_name_after_lowercase_modifiers_and_a_numbered_channel() {
    let m = a("The more moderate Kasich");
    assert_eq!((m.stype, m.anonymous, m.name.as_deref()), (Person, false, Some("Kasich")));
    let m = a("Channel 10");
    assert_eq!((m.stype, m.anonymous, m.name.as_deref()), (Outlet, false, Some("Channel 10")));
    assert!(a("the channel").anonymous);
}

#[test]
fn congressional_leaders_speak_for_themselves() {
    let m = a("House Minority Leader Nancy Pelosi");
    assert_eq!((m.stype, m.official, m.name.as_deref()), (Person, false, Some("Nancy Pelosi")));
    assert!(a("Police Chief Ann Ray").official);
}

#[test]
fn an_agent_of_a_one_word_institution_is_official() {
    let m = a("Government negotiator Hassan Tukur");
    assert_eq!((m.stype, m.anonymous, m.official, m.name.as_deref()), (Person, false, true, Some("Hassan Tukur")));
}

#[test]
fn quantities_are_groups_and_one_of_them_a_person() {
    for s in ["a number of local scientists", "a lot of readers", "dozens of witnesses"] {
        let m = a(s);
        assert_eq!((m.stype, m.anonymous), (Group, true), "{s}");
    }
    let m = a("one of the kids");
    assert_eq!((m.stype, m.anonymous), (Person, true));
    assert_eq!(a("some of the residents").stype, Group);
}

#[test]
fn an_organization_word_ends_a_name_not_a_label() {
    let m = a("the U.S. Army");
    assert_eq!((m.stype, m.anonymous, m.official), (Organization, false, true));
    assert_eq!(a("the Wisconsin Republican").stype, Person);
}

#[test]
fn the_head_noun_types_documents_and_coordinated_roles() {
    // a head no list types, then "of" and a document noun: that document
    let m = a("The next series of emails");
    assert_eq!((m.stype, m.heads.as_slice()), (Document, &["emails".to_string()][..]));
    let m = a("the latest Gallup average of national polls");
    assert_eq!((m.stype, m.anonymous), (Document, false));
    // a note is a document, whoever it is from
    assert_eq!(a("a handwritten note from their daughter").stype, Document);
    // two roles of one person; two determiners make two people
    let m = a("The veteran delegate and conservative activist");
    assert_eq!((m.stype, m.anonymous), (Person, true));
    assert_eq!(a("a lawyer and a doctor").stype, Group);
    assert_eq!(a("Mr. Lee's father and mother").stype, Group);
}

#[test]
fn a_role_after_ex_is_a_former_person() {
    let m = a("His ex-lover");
    assert_eq!((m.stype, m.anonymous, m.official, m.former), (SourceType::Person, true, false, true), "{m:#?}");
    let m = a("an ex-minister");
    assert_eq!((m.stype, m.official, m.former), (SourceType::Person, false, true), "{m:#?}");
}
