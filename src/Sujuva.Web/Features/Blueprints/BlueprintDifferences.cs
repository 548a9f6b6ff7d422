using System.Globalization;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// What differs between two blueprints: each is laid flat into keyed values (a service's lanes and figures, keyed by the
/// service and the item's id or Finnish name), and a key whose value differs or that only one has is a change. The
/// compare page marks the same keys (Key) on both sides.
/// </summary>
public static class BlueprintDifferences
{
    public static List<BlueprintChange> Of(BlueprintModel before, BlueprintModel after)
    {
        var a = Flat(before);
        var b = Flat(after);
        return [.. a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k))
            .Select(k => new BlueprintChange(k, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))];
    }

    public static Dictionary<string, string> Flat(BlueprintModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = $"{model.From:yyyy-MM-dd}/{model.To:yyyy-MM-dd}" };
        foreach (var s in model.Services)
        {
            var k = ServiceKey(s);
            values[k] = s.Name.Fi;
            values[$"{k}/flow/closed"] = N(s.Flow.Closed);
            values[$"{k}/flow/open"] = N(s.Flow.Open);
            values[$"{k}/flow/lead"] = N(s.Flow.MedianLeadDays);
            values[$"{k}/flow/queue"] = N(s.Flow.MedianQueueDays);
            values[$"{k}/flow/cycle"] = N(s.Flow.MedianCycleDays);
            foreach (var st in s.Stages)
            {
                var sk = StageKey(s, st);
                values[sk] = $"{st.Kind} {N(st.WipLimit)}";
                values[$"{sk}/cases"] = N(st.Cases);
                values[$"{sk}/days"] = N(st.MeanDays);
            }

            foreach (var p in s.Programmes)
            {
                var pk = ProgrammeKey(s, p);
                values[pk] = $"{p.Name.Fi} {p.Rhythm} {(p.Group ? N(p.Capacity) : "1")}";
                values[$"{pk}/sessions"] = string.Join("; ", p.Sessions.Select(x => $"{x.Topic} {x.Minutes} {x.Mode}"));
                values[$"{pk}/noshow"] = N(p.NoShowRate);
                values[$"{pk}/csat"] = N(p.SessionCsat);
            }

            foreach (var r in s.Referrals)
            {
                var rk = ReferralKey(s, r);
                values[rk] = r.ToService.Fi;
                values[$"{rk}/sent"] = N(r.Sent);
                values[$"{rk}/wait"] = N(r.MedianWaitDays);
            }

            foreach (var f in s.Feedback)
            {
                var fk = FeedbackKey(s, f);
                values[fk] = N(f.Asked);
                values[$"{fk}/csat"] = N(f.CsatPercent);
            }
        }

        return values;
    }

    public static string ServiceKey(BlueprintService s) => s.ServiceId.ToString("D");

    public static string StageKey(BlueprintService s, BlueprintStage stage) => $"{ServiceKey(s)}/stage/{stage.Name.Fi}";

    public static string ProgrammeKey(BlueprintService s, BlueprintProgramme p) => $"{ServiceKey(s)}/programme/{p.TemplateId:D}";

    public static string ReferralKey(BlueprintService s, BlueprintReferral r) => $"{ServiceKey(s)}/referral/{r.ToServiceId:D}";

    public static string FeedbackKey(BlueprintService s, BlueprintFeedbackPoint f) => $"{ServiceKey(s)}/feedback/{f.EventKind}";

    /// <summary>Figures to two decimals (shares to three): a difference smaller than the page shows is no change.</summary>
    private static string N(double? value) => value is { } v ? v.ToString(Math.Abs(v) < 1 ? "0.000" : "0.00", CultureInfo.InvariantCulture) : "–";

    private static string N(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "–";
}
