using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Components.Pages.Improvements;

/// <summary>The A3 sheet while it is edited on the page: plain mutable fields the inputs bind to.</summary>
public sealed class A3Edit
{
    public DateOnly StartDate { get; set; }
    public string Background { get; set; } = "";
    public string CurrentCondition { get; set; } = "";
    public string TargetCondition { get; set; } = "";
    public List<WhyChain> FiveWhys { get; set; } = [];
    public List<CauseRow> Fishbone { get; set; } = [];
    public List<Row> Countermeasures { get; set; } = [];
    public List<PlanRow> Plan { get; set; } = [];
    public string EffectConfirmation { get; set; } = "";
    public string FollowUp { get; set; } = "";

    public sealed class Row
    {
        public Guid? Id { get; set; }
        public string Text { get; set; } = "";
        public string Evaluation { get; set; } = "";
    }

    /// <summary>A 5-whys chain: each why a row of its own, so an input can bind to it.</summary>
    public sealed class WhyChain
    {
        public List<WhyRow> Whys { get; set; } = [];
    }

    public sealed class WhyRow
    {
        public string Text { get; set; } = "";
    }

    public sealed class CauseRow
    {
        public FishboneCategory Category { get; set; }
        public string Text { get; set; } = "";
    }

    public sealed class PlanRow
    {
        public Guid? Id { get; set; }
        public string Text { get; set; } = "";
        public Guid? OwnerId { get; set; }
        public DateOnly? Due { get; set; }
        public bool Done { get; set; }
    }

    public static A3Edit From(A3Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new A3Edit
        {
            StartDate = sheet.StartDate, Background = sheet.Background ?? "", CurrentCondition = sheet.CurrentCondition ?? "",
            TargetCondition = sheet.TargetCondition ?? "", FiveWhys = [.. sheet.FiveWhys.Select(c => new WhyChain { Whys = [.. c.Select(w => new WhyRow { Text = w })] })],
            Fishbone = [.. sheet.Fishbone.Select(c => new CauseRow { Category = c.Category, Text = c.Text })],
            Countermeasures = [.. sheet.Countermeasures.Select(c => new Row { Id = c.Id, Text = c.Text, Evaluation = c.Evaluation ?? "" })],
            Plan = [.. sheet.Plan.Select(p => new PlanRow { Id = p.Id, Text = p.Text, OwnerId = p.OwnerId, Due = p.Due, Done = p.Done })],
            EffectConfirmation = sheet.EffectConfirmation ?? "", FollowUp = sheet.FollowUp ?? "",
        };
    }

    public SheetRequest ToRequest(int version) => new(
        StartDate, version, Background, CurrentCondition, TargetCondition,
        [.. FiveWhys.Select(c => (IReadOnlyList<string>)[.. c.Whys.Select(w => w.Text)])],
        [.. Fishbone.Select(c => new FishboneCauseRequest(c.Category, c.Text))],
        [.. Countermeasures.Select(c => new CountermeasureRequest(c.Text, c.Id, c.Evaluation))],
        [.. Plan.Select(p => new ActionItemRequest(p.Text, p.Id, p.OwnerId, p.Due, p.Done))],
        EffectConfirmation, FollowUp);
}
