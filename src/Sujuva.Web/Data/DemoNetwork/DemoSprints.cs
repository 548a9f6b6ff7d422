using Sujuva.Web.Features;
using Sujuva.Web.Features.Sprints;
using static Sujuva.Web.Features.Sprints.SprintExercise;
using static Sujuva.Web.Features.Sprints.SprintNoteKind;
using static Sujuva.Web.Features.Sprints.SprintVerdict;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// What the remote coaching team's two sprints said and decided (DemoReplay.Sprints runs them): the first designs the
/// weekly and monthly coaching programmes, the second asks whether coaching works over video. Stages: the remote
/// coaching service's four, in board order.
/// </summary>
public static class DemoSprints
{
    private const string Prototypes = "https://kuusijarvi.example/prototyypit/";

    public static DemoSprintPlan Programmes(UserId lead, UserId coach, IReadOnlyList<Guid> team, IReadOnlyList<DateOnly> days,
        IReadOnlyList<Guid> stages, ProgrammeTemplateId weekly, ProgrammeTemplateId monthly)
    {
        var voters = team.Select(t => new UserId(t)).ToList();
        return new DemoSprintPlan("Miten valmennuksesta tulee asiakkaalle selkeä ja etenevä kokonaisuus?", lead, team, SprintMode.InPerson,
            [.. days.Select((d, i) => new SprintSession(i + 1, 0, d, new TimeOnly(9, 0)))],
            [
                new("e1", ExpertInterviews, ExpertInterview, "Asiakkaat kysyvät, mitä seuraavalla tapaamisella tehdään: runkoa ei ole.", Author: lead),
                new("e2", ExpertInterviews, ExpertInterview, "Osa asiakkaista tarvitsee tiiviin alun, osa pitkän tuen harvemmin tapaamisin."),
                new("e3", ExpertInterviews, ExpertInterview, "Työkokeilu ja palkkatuki tulevat puheeksi liian myöhään."),
                new("h1", ExpertInterviews, HowMightWe, "Miten voisimme kertoa asiakkaalle heti, mitä valmennus sisältää?", "Rakenne"),
                new("h2", ExpertInterviews, HowMightWe, "Miten voisimme sovittaa tapaamisten tiheyden asiakkaan tilanteeseen?", "Rytmi"),
                new("h3", ExpertInterviews, HowMightWe, "Miten voisimme tuoda työkokeilun esiin jo valmennuksen puolivälissä?", "Sisältö"),
                new("h4", ExpertInterviews, HowMightWe, "Miten voisimme sopia jatkosta ennen kuin valmennus päättyy?", "Rakenne"),
                new("d1", LightningDemos, LightningDemo, "Naapurikunnan 8 viikon työnhakuryhmä: sama aihe joka viikko samaan aikaan."),
                new("d2", LightningDemos, LightningDemo, "Kuukausittainen tilannekatsaus pitkäaikaistyöttömille (Vaaramaa)."),
            ],
            [
                new(VoteRound.HowMightWe, "h1", lead, 2), new(VoteRound.HowMightWe, "h2", lead, 2),
                .. voters.SelectMany((v, i) => new DemoSprintVote[] { new(VoteRound.HowMightWe, i % 2 == 0 ? "h1" : "h2", v, 1), new(VoteRound.HowMightWe, "h3", v, 1) }),
                new(VoteRound.SuperVote, "d1", lead, 2), new(VoteRound.SuperVote, "d2", lead, 1),
            ],
            "Vuoden päästä jokainen asiakas tietää ensimmäisestä tapaamisesta lähtien, mitä valmennus sisältää ja milloin.",
            [("Ymmärtääkö asiakas valmennuksen rungon ensimmäisellä tapaamisella?", true),
             ("Sopiiko viikoittainen rytmi useimmille asiakkaille?", true),
             ("Hyötyykö pitkän tuen asiakas kuukausitapaamisista?", true),
             ("Ehtivätkö valmentajat pitää tapaamiset aikataulussa?", false)],
            "Asiakas aloittaa viikko-ohjelman",
            ["Asiakas", "Valmentaja", "Tiimin vetäjä"],
            [new("Asiakas saa lähetteen valmennukseen", "Asiakas", stages[0]), new("Ensimmäinen tapaaminen ja tavoitteet", "Valmentaja", stages[1]),
             new("Viikko-ohjelma tai kuukausitapaamiset", "Asiakas", stages[2]), new("Jatkosuunnitelma ja päättäminen", "Valmentaja", stages[3])],
            ["Asiakas tulee ensimmäiseen tapaamiseen", "Valmentaja näyttää ohjelman kahdeksan aihetta", "Asiakas valitsee viikko- tai kuukausirytmin",
             "Asiakas saa tapaamisajat kotiin", "Puolivälissä puhutaan työkokeilusta", "Viimeisellä tapaamisella sovitaan jatko"],
            "Kerro, miten olet hakenut töitä viime kuukausina. Katso ohjelman runkoa: mitä odotat kustakin tapaamisesta? Kumpi rytmi sopisi sinulle, ja miksi? Mikä jäi epäselväksi?",
            Prototypes + "valmennusohjelma", stages.ToHashSet(),
            [
                [(Positive, "Selkeä, tiedän mitä tulee."), (Positive, "Viikoittain sopii."), (Neutral, "En tarvitse pitkää tukea.")],
                [(Positive, "Hyvä että aiheet on nimetty."), (Negative, "Kerran viikossa on liikaa, käyn töissä osan viikosta."), (Positive, "Kuukausitapaaminen riittäisi.")],
                [(Positive, ""), (Positive, "Aamupäivät sopivat."), (Neutral, "")],
                [(Positive, "Näin runko paperilla ja ymmärsin."), (Positive, "Viikoittain pysyy hyvin mukana."), (Neutral, "En osaa sanoa.")],
                [(Neutral, "Aiheita on paljon kerralla."), (Positive, "Sopii."), (Positive, "Pitkä tuki harvemmin olisi minulle hyvä.")],
            ],
            [
                new(DecisionKind.Adopt, "Viikoittainen kahdeksan tapaamisen valmennus otetaan käyttöön uusille asiakkaille.", lead,
                    days[3].AddDays(7), Template: weekly),
                new(DecisionKind.Adopt, "Kuukausivalmennus neljällä tapaamisella asiakkaille, joiden valmennus kestää pidempään.", lead,
                    days[3].AddDays(7), Template: monthly),
            ]);
    }

    public static DemoSprintPlan Remote(UserId lead, UserId coach, IReadOnlyList<Guid> team, IReadOnlyList<DateOnly> days, IReadOnlyList<Guid> stages,
        DateOnly switchDay)
    {
        var voters = team.Select(t => new UserId(t)).ToList();
        return new DemoSprintPlan("Voiko valmennuksen tapaamiset pitää etänä niin, että asiakas pysyy mukana?", lead, team, SprintMode.HalfDays,
            [.. days.Select((d, i) => new SprintSession(i / 2 + 1, i % 2 + 1, d, new TimeOnly(9, 0)))],
            [
                new("e1", ExpertInterviews, ExpertInterview, "Moni asiakas asuu kunnan reuna-alueilla; bussimatka toimistolle vie tunnin suuntaansa.", Author: lead),
                new("e2", ExpertInterviews, ExpertInterview, "Poisjäännit keskittyvät aamun ensimmäisiin tapaamisiin ja talveen."),
                new("e3", ExpertInterviews, ExpertInterview, "Kaikilla ei ole tietokonetta, mutta lähes kaikilla on älypuhelin."),
                new("h1", ExpertInterviews, HowMightWe, "Miten voisimme säästää asiakkaalta matkan ilman, että yhteys valmentajaan heikkenee?", "Saavutettavuus"),
                new("h2", ExpertInterviews, HowMightWe, "Miten voisimme auttaa asiakasta avaamaan videoyhteyden ensimmäisellä kerralla?", "Tekniikka"),
                new("h3", ExpertInterviews, HowMightWe, "Miten voisimme muistuttaa tapaamisesta niin, ettei kukaan unohda?", "Poisjäännit"),
                new("h4", ExpertInterviews, HowMightWe, "Miten voisimme tarjota lähitapaamisen niille, jotka sitä toivovat?", "Saavutettavuus"),
                new("d1", LightningDemos, LightningDemo, "Kelan etäasiointi: yksi linkki, virtuaalinen odotushuone."),
                new("d2", LightningDemos, LightningDemo, "Chat-valmennus: kirjoitetut viestit tapaamisten sijaan."),
            ],
            [
                new(VoteRound.HowMightWe, "h1", lead, 3), new(VoteRound.HowMightWe, "h3", lead, 1),
                .. voters.SelectMany((v, i) => new DemoSprintVote[] { new(VoteRound.HowMightWe, "h1", v, 1), new(VoteRound.HowMightWe, i == 0 ? "h2" : "h3", v, 1) }),
                new(VoteRound.SuperVote, "d1", lead, 3),
            ],
            "Vuoden päästä asiakas pääsee valmennukseen ilman pitkää matkaa, ja tapaamisista jäädään pois harvemmin.",
            [("Saako asiakas videoyhteyden auki ilman apua?", true),
             ("Pysyykö luottamus valmentajaan, vaikka ei tavata kasvokkain?", true),
             ("Jääkö etätapaamisesta pois harvemmin kuin lähitapaamisesta?", true),
             ("Riittääkö chat-viestittely tapaamisten sijaan?", true)],
            "Asiakas liittyy ensimmäiseen etätapaamiseen",
            ["Asiakas", "Valmentaja"],
            [new("Asiakas saa kutsun ja linkin tekstiviestillä", "Valmentaja", stages[0]), new("Ensimmäinen tapaaminen videolla", "Asiakas", stages[1]),
             new("Viikko-ohjelman tapaamiset videolla", "Asiakas", stages[2]), new("Päättäminen", "Valmentaja", stages[3])],
            ["Asiakas saa tekstiviestin, jossa on linkki", "Asiakas avaa linkin puhelimella", "Asiakas odottaa virtuaalisessa odotushuoneessa",
             "Valmentaja päästää asiakkaan sisään", "Tapaaminen pidetään videolla", "Asiakas saa seuraavan ajan ja muistutuksen"],
            "Kuvittele, että seuraava valmennustapaamisesi on videolla. Avaa tämä linkki puhelimellasi. Mitä odotat näkeväsi? Olisitko tullut paikalle? Voisiko tapaamisen hoitaa viesteillä?",
            Prototypes + "etatapaaminen", stages.ToHashSet(),
            [
                [(Positive, "Linkki aukesi heti."), (Positive, ""), (Positive, "Säästän kaksi tuntia bussissa."), (Negative, "Haluan nähdä valmentajan.")],
                [(Negative, "Tarvitsin apua mikrofonin kanssa."), (Neutral, "Ehkä kun tunnen valmentajan."), (Positive, ""), (Negative, "Viestit jäisivät lukematta.")],
                [(Positive, ""), (Positive, "Kasvot näkyvät, riittää minulle."), (Positive, "Talvella en lähtisi aamulla."), (Neutral, "")],
                [(Positive, "Helppo, kuin soittaisi."), (Positive, "Tuntui samalta kuin toimistolla."), (Positive, "Tulisin varmasti."), (Negative, "En osaa kirjoittaa pitkästi.")],
                [(Positive, ""), (Neutral, "Ensimmäinen kerta mieluummin kasvokkain."), (Positive, "Ei tarvitse järjestää lastenhoitoa."), (Negative, "")],
            ],
            [
                new(DecisionKind.TestFurther, "Valmennus etänä: uudet valmennukset videoyhteydellä kahdeksan viikon kokeiluna", coach, switchDay,
                    Prediction: "Poisjääntien osuus laskee noin kymmeneen prosenttiin kahdeksassa viikossa"),
                new(DecisionKind.Drop, "Chat-valmennus tapaamisten sijaan", lead, days[^1].AddDays(14),
                    Reason: "Kolme viidestä asiakkaasta ei halunnut korvata tapaamisia viesteillä; kirjoittaminen on monelle vaikeaa."),
            ]);
    }
}
