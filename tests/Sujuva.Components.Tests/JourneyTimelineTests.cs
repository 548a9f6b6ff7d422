using Bunit;
using Sujuva.Web.Components.Pages.Cases;

namespace Sujuva.Components.Tests;

public sealed class JourneyTimelineTests : ComponentTest
{
    private static readonly Guid ThisCase = Guid.NewGuid();
    private static readonly Guid OtherCase = Guid.NewGuid();
    private static readonly DateTime Sent = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Timeline_NoSteps_SaysThereAreNoEvents()
    {
        var cut = Render<JourneyTimeline>(p => p.Add(c => c.Steps, []));

        Assert.Empty(cut.FindAll("ol.journey"));
        Assert.NotEmpty(cut.Find("p").TextContent);
    }

    [Fact]
    public void Timeline_Steps_InOrderMarkingThisCaseAndOthers()
    {
        JourneyStep[] steps =
        [
            new(Sent, OtherCase, "Valmennus", "ReferralSent", "Valmennus", "Kuntouttava työtoiminta: needs activity", null),
            new(Sent.AddDays(12), ThisCase, "Kuntouttava työtoiminta", "CaseOpened", "Jono", null, null),
            new(Sent.AddDays(12), OtherCase, "Valmennus", "ReferralAccepted", null, "Kuntouttava työtoiminta", TimeSpan.FromDays(12)),
            new(Sent.AddDays(13), ThisCase, "Kuntouttava työtoiminta", "WorkLogged", "Arviointi", "45", null),
        ];

        var cut = Render<JourneyTimeline>(p => p.Add(c => c.Steps, steps).Add(c => c.CurrentCase, ThisCase));

        var items = cut.FindAll("ol.journey > li");
        Assert.Equal(4, items.Count);
        Assert.Equal(["other-case", "this-case", "other-case", "this-case"],
            items.Select(i => i.ClassList.First(c => c.EndsWith("-case", StringComparison.Ordinal))));
        Assert.Equal("2026-03-02T08:00:00.0000000Z", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Jono", items[1].QuerySelector(".what")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12.0", items[2].QuerySelector(".wait")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("45", items[3].QuerySelector(".detail")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("step-WorkLogged", items[3].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_CodedDetails_ShownInWordsNotCodes()
    {
        JourneyStep[] steps =
        [
            new(Sent, ThisCase, "Valmennus", "ReferralDeclined", null, "Työpaja – full until May", TimeSpan.FromDays(2), "Referrals.Reason.Capacity"),
            new(Sent.AddDays(3), ThisCase, "Valmennus", "CaseClosed", null, null, null, "Outcome.GoalReached"),
            new(Sent.AddDays(4), ThisCase, "Valmennus", "CaseAssigned", null, null, null),
        ];

        var cut = Render<JourneyTimeline>(p => p.Add(c => c.Steps, steps).Add(c => c.CurrentCase, ThisCase));

        var items = cut.FindAll("ol.journey > li");
        Assert.Equal("Työpaja – full until May: No capacity", items[0].QuerySelector(".detail")!.TextContent);
        Assert.Equal("Goal reached", items[1].QuerySelector(".detail")!.TextContent);
        Assert.Equal("Worker assigned", items[2].QuerySelector(".what")!.TextContent);
    }
}
