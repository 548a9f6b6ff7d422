using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Sprints;

/// <summary>Reading and editing a sprint's content: every signed-in member reads it; those who work in the sprint edit it.</summary>
public static class SprintContentWork
{
    public static async Task<Outcome<SprintContentView>> GetAsync(Guid sprintId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sprint = await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        return await ViewAsync(db, user, sprint, ct);
    }

    public static async Task<Outcome<SprintContentView>> EditAsync(Guid sprintId, SprintContentRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        if (sprint.Version != request.Version) return Refusal.EditConflict();
        var services = sprint.ServiceIds.Select(id => new ServiceId(id)).ToList();
        var stages = await db.Stages.Where(s => services.Contains(s.ServiceId)).Select(s => s.Id.Value).ToListAsync(ct);
        var answered = await db.Set<SprintTestAnswer>().Where(a => a.SprintId == sprint.Id).Select(a => a.QuestionId).Distinct().ToListAsync(ct);
        var content = new SprintContent(request.LongTermGoal ?? "",
            [.. (request.Questions ?? []).Select(q => new SprintQuestionInput(q.Id, q.Text, q.ChosenByDecider))],
            request.TargetMoment ?? "", [.. (request.MapActors ?? []).Select(a => a.Trim())],
            [.. (request.MapSteps ?? []).Select(s => new SprintMapStep(s.Text.Trim(), string.IsNullOrWhiteSpace(s.Actor) ? null : s.Actor.Trim(), s.StageId))],
            [.. (request.Storyboard ?? []).Select(s => s.Trim())], request.InterviewScript ?? "",
            string.IsNullOrWhiteSpace(request.PrototypeUrl) ? null : request.PrototypeUrl.Trim())
        {
            StageIds = stages.ToHashSet(), AnsweredQuestions = answered.ToHashSet(),
        };
        if (sprint.EditContent(content, user.Id, clock.GetUtcNow().UtcDateTime) is { } refusal) return refusal;
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ViewAsync(db, user, sprint, ct);
    }

    public static async Task<SprintContentView> ViewAsync(SujuvaDb db, CurrentUser user, Sprint s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(s);
        var stageIds = s.MapSteps.Where(m => m.StageId is not null).Select(m => new StageId(m.StageId!.Value)).Distinct().ToList();
        var stages = await db.Stages.AsNoTracking().Where(x => stageIds.Contains(x.Id))
            .Join(db.Services, st => st.ServiceId, sv => sv.Id, (st, sv) => new
            {
                st.Id, Stage = LocalName.Pick(st.Name, st.NameSv, st.NameEn), ServiceId = sv.Id, Service = LocalName.Pick(sv.Name, sv.NameSv, sv.NameEn),
            }).ToListAsync(ct);
        var named = stages.ToDictionary(x => x.Id.Value);
        return new SprintContentView(s.Id.Value, s.LongTermGoal, s.Questions, s.TargetMoment, s.MapActors,
            [.. s.MapSteps.Select(m => m.StageId is { } id && named.TryGetValue(id, out var x)
                ? new SprintMapStepView(m.Text, m.Actor, id, x.Stage, x.ServiceId.Value, x.Service)
                : new SprintMapStepView(m.Text, m.Actor, m.StageId, null, null, null))],
            s.Storyboard, Sprint.MinStoryboard, Sprint.MaxStoryboard, s.InterviewScript, s.PrototypeUrl, s.Version,
            SprintAccess.MayWorkIn(user, s), user.Id == s.DeciderId);
    }
}
