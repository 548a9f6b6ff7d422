using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Tests.EventLog;

/// <summary>Sprint subscribers hear of their own sprint only, in their culture, and the sprint is read from the stored payload.</summary>
public sealed class EventFeedSprintTests
{
    [Fact]
    public void PublishSprints_CallsOnlyTheChangedSprintsSubscribers_InTheirCulture()
    {
        var feed = new EventFeed(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            NullLogger<EventFeed>.Instance);
        var (mine, other) = (Guid.NewGuid(), Guid.NewGuid());
        var heard = new List<string>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("sv-FI");
        using var subscription = feed.SubscribeSprint(mine, () => heard.Add("mine " + CultureInfo.CurrentUICulture.Name));
        using var otherSubscription = feed.SubscribeSprint(other, () => heard.Add("other"));
        var gone = feed.SubscribeSprint(mine, () => heard.Add("gone"));
        gone.Dispose();
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            feed.PublishSprints(new HashSet<Guid> { mine });
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal(["mine sv-FI"], heard);
    }

    [Fact]
    public void SprintOf_ReadsTheSprintOfAStoredSprintPayload()
    {
        var sprint = Guid.NewGuid();
        var changed = StoredPayload.Write(new SprintChanged(sprint, SprintChange.NoteAdded, SprintExercise.ExpertInterviews, SprintStatus.Running));
        var created = StoredPayload.Write(new SprintCreated(sprint, SprintMode.HalfDays));

        Assert.Equal(sprint, EventFeed.SprintOf(changed));
        Assert.Equal(sprint, EventFeed.SprintOf(created));
        Assert.Contains("\"change\":\"NoteAdded\"", changed, StringComparison.Ordinal);
        Assert.Contains("\"exercise\":\"ExpertInterviews\"", changed, StringComparison.Ordinal);
    }
}
