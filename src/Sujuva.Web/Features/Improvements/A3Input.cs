namespace Sujuva.Web.Features.Improvements;

/// <summary>An A3 sheet from its request: ids kept where given, links to experiments and done times carried over.</summary>
public static class A3Input
{
    public static A3Sheet Sheet(SheetRequest request, A3Sheet before, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(before);
        return new A3Sheet(
            request.StartDate, Text(request.Background), Text(request.CurrentCondition), Text(request.TargetCondition),
            [.. (request.FiveWhys ?? []).Select(chain => (IReadOnlyList<string>)[.. chain.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim())])
                .Where(chain => chain.Count > 0)],
            [.. (request.Fishbone ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => new FishboneCause(c.Category, c.Text.Trim()))],
            [.. (request.Countermeasures ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c =>
            {
                var id = c.Id ?? Guid.CreateVersion7(now);
                var experiment = before.Countermeasures.FirstOrDefault(b => b.Id == id)?.Experiment;
                return new Countermeasure(id, c.Text.Trim(), Text(c.Evaluation), experiment);
            })],
            [.. (request.Plan ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Text)).Select(p =>
            {
                var id = p.Id ?? Guid.CreateVersion7(now);
                var doneAt = before.Plan.FirstOrDefault(b => b.Id == id)?.DoneAt;
                return new ActionItem(id, p.Text.Trim(), p.OwnerId, p.Due, p.Done ? doneAt ?? now : null);
            })],
            Text(request.EffectConfirmation), Text(request.FollowUp));
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
