using Sujuva.Analytics.Simulation;
using Sujuva.Web.Data.DemoNetwork;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.Web.Tests.DemoNetwork;

/// <summary>The full demo's assignees and feedback, from one replay of the default simulation.</summary>
public sealed class DemoExtrasTests
{
    private static readonly Lazy<(SimulatedNetwork Network, DemoReplay Replay, Dictionary<string, UserId> Users)> Demo = new(() =>
    {
        var options = new SimulationOptions();
        var network = NetworkSimulator.Run(options);
        var users = network.Workers.ToDictionary(w => w.Key, _ => new UserId(Guid.CreateVersion7()));
        return (network, DemoReplay.Run(network, users, options.Seed, new DemoExtras(options.ImprovementUtc, options.PairWorkUtc)), users);
    });

    [Fact]
    public void Run_WithExtras_EveryOperationAndAssignmentPassesTheDomainRules() => Assert.Empty(Demo.Value.Replay.Refusals);

    /// <summary>The demo shows the network's own names where its blocks are: each named reason is one its cases wait for.</summary>
    [Fact]
    public void Run_WithExtras_NamesReasonsItsBlocksUseInAllThreeLanguages()
    {
        var replay = Demo.Value.Replay;
        var named = replay.BlockReasonNames.ToList();

        Assert.True(named.Count >= 2, $"{named.Count} named reasons");
        Assert.All(named, n => Assert.False(string.IsNullOrWhiteSpace(n.Name) || string.IsNullOrWhiteSpace(n.NameSv) || string.IsNullOrWhiteSpace(n.NameEn)));
        Assert.All(named, n => Assert.Contains(replay.Events, e => e.Type == EventTypes.CaseBlocked
            && StoredPayload.Read<CaseBlocked>(e).Reason == n.Reason));
        Assert.Equal(named.Count, replay.Events.Count(e => e.Type == EventTypes.BlockReasonNamed));
    }

    [Fact]
    public void Run_WithExtras_AssigneesAreWorkersOfTheServicesTeam()
    {
        var (network, replay, users) = Demo.Value;
        var teamOf = network.Workers.ToDictionary(w => users[w.Key], w => replay.TeamIdOf(w.TeamKey));
        var teamOfService = replay.Services.ToDictionary(s => s.Id, s => s.TeamId);
        var assigned = replay.Cases.Where(c => c.AssigneeId is not null).ToList();

        Assert.True(assigned.Count > replay.Cases.Count() / 2, $"{assigned.Count} assigned cases");
        Assert.All(assigned, c => Assert.Equal(teamOfService[c.ServiceId], teamOf[c.AssigneeId!.Value]));
        Assert.Contains(replay.Cases, c => c.IsOpen && c.AssigneeId is null);
        Assert.Equal(assigned.Count, replay.Events.Where(e => e.Type == EventTypes.CaseAssigned).Select(e => e.CaseId).Distinct().Count());
    }

    [Fact]
    public void Run_WithExtras_SomeFamilySocialWorkCasesArePairedWithAnotherWorkerOfTheTeam()
    {
        var (network, replay, users) = Demo.Value;
        var teamOf = network.Workers.ToDictionary(w => users[w.Key], w => replay.TeamIdOf(w.TeamKey));
        var family = replay.Services.Single(s => s.Name == "Perhesosiaalityö");
        var paired = replay.Cases.Where(c => c.PairId is not null).ToList();

        Assert.Contains(paired, c => c.IsOpen);
        Assert.All(paired, c => Assert.Equal(family.Id, c.ServiceId));
        Assert.All(paired, c => Assert.NotEqual(c.AssigneeId, c.PairId));
        Assert.All(paired, c => Assert.Equal(family.TeamId, teamOf[c.PairId!.Value]));
        Assert.Contains(replay.Events, e => e.Type == EventTypes.CaseUnpaired);
    }

    [Fact]
    public void Run_WithExtras_AboutAThirdOfFeedbackLinksAreAnsweredWithinTheirLifetime()
    {
        var replay = Demo.Value.Replay;
        var links = replay.FeedbackLinks.ToDictionary(l => l.Id);
        var share = (double)replay.FeedbackAnswers.Count / links.Count;

        var closedWithLink = links.Values.Where(l => l.EventKind == FeedbackEventKind.CaseClosed).Select(l => l.CaseId).ToHashSet();
        Assert.All(replay.Cases.Where(c => c.ClosedAt is not null), c => Assert.Contains(c.Id, closedWithLink));
        Assert.Equal(replay.Referrals.Count(r => r.Status == Sujuva.Web.Features.Referrals.ReferralStatus.Declined),
            links.Values.Count(l => l.EventKind == FeedbackEventKind.ReferralDeclined));
        Assert.InRange(share, 0.25, 0.40);
        Assert.All(replay.FeedbackAnswers, a =>
        {
            var link = links[a.LinkId];
            Assert.InRange(a.AnsweredAt - link.IssuedAt, TimeSpan.Zero, TimeSpan.FromDays(14));
            Assert.Equal((link.CaseId, link.ServiceId, link.EventKind), (a.CaseId, a.ServiceId, a.EventKind));
        });
        Assert.True(replay.FeedbackAnswers.Average(a => a.Rating) >= 3.8);
        Assert.Contains(replay.FeedbackAnswers, a => a.Language == "sv" && a.Comment is not null);
    }

    [Fact]
    public void Run_WithExtras_RehabilitativeRatingsImproveAfterTheImprovementMonth()
    {
        var replay = Demo.Value.Replay;
        var rehab = replay.Services.Single(s => s.Name == "Kuntouttava työtoiminta").Id;
        var improvement = new SimulationOptions().ImprovementUtc;
        var answers = replay.FeedbackAnswers.Where(a => a.ServiceId == rehab && a.EventKind == FeedbackEventKind.CaseClosed).ToList();

        var before = answers.Where(a => a.AnsweredAt < improvement).Average(a => a.Rating);
        var after = answers.Where(a => a.AnsweredAt >= improvement.AddDays(7)).Average(a => a.Rating);

        Assert.True(after - before >= 0.5, $"before {before:F2}, after {after:F2}");
    }

    [Fact]
    public void Run_SameSeed_SameAssigneesAndRatings()
    {
        var (network, first, users) = Demo.Value;
        var again = DemoReplay.Run(network, users, new SimulationOptions().Seed, new DemoExtras(new SimulationOptions().ImprovementUtc, new SimulationOptions().PairWorkUtc));

        Assert.Equal(first.Cases.Select(c => c.AssigneeId), again.Cases.Select(c => c.AssigneeId));
        Assert.Equal(first.FeedbackAnswers.Select(a => (a.Rating, a.Recommendation, a.Comment, a.AnsweredAt)),
            again.FeedbackAnswers.Select(a => (a.Rating, a.Recommendation, a.Comment, a.AnsweredAt)));
    }

    [Fact]
    public void Run_WithoutExtras_NoAssigneesNoFeedback()
    {
        var (network, _, users) = Demo.Value;
        var plain = DemoReplay.Run(network, users, 1);

        Assert.DoesNotContain(plain.Cases, c => c.AssigneeId is not null);
        Assert.Empty(plain.FeedbackLinks);
    }
}
