using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>Feedback links and answers of the replay, and a year of staff pulse answers.</summary>
public sealed partial class DemoSeeder
{
    private async Task WriteFeedbackAndPulseAsync(SimulatedNetwork network, DemoReplay replay, DemoExtras extras, CancellationToken ct)
    {
        await BulkInsert.InsertAsync(db, replay.FeedbackLinks, ct);
        await BulkInsert.InsertAsync(db, replay.FeedbackAnswers, ct);
        // A link is used at the moment it is answered, as SubmitFeedback marks it; the answers are new, so this touches only theirs.
        var answers = db.Set<FeedbackAnswer>();
        await db.Set<FeedbackLink>()
            .Where(l => answers.Any(a => a.LinkId == l.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAt,
                l => answers.Where(a => a.LinkId == l.Id).Select(a => (DateTime?)a.AnsweredAt).First()), ct);
        var start = network.Operations.Count > 0 ? network.Operations[0].At : replay.EndUtc;
        var pulse = DemoPulse.Answers(network, replay.TeamIdOf, options.Value.RandomSeed, start, replay.EndUtc,
            extras.ImprovementUtc);
        await BulkInsert.InsertAsync(db, pulse, ct);
    }
}
