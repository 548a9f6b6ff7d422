using Microsoft.Extensions.Localization;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Admin;

/// <summary>
/// An entry's detail in the reader's language: the fields read and why (the granting case or
/// referral), or the code the entry was written with (sign-in step, failure cause, account change,
/// roles and teams given). A code without a text, and an export's description, are shown as written.
/// </summary>
public sealed class AuditDetail(IStringLocalizer<Strings> t, IReadOnlyDictionary<Guid, string> teams)
{
    public string Of(AuditRow row)
    {
        var e = row.Entry;
        var parts = new List<string>();
        if (e.Fields.Count > 0) parts.Add(t["AuditView.Fields", string.Join(", ", e.Fields.Select(f => Text($"AuditView.Field.{f}", f)))]);
        if (e.CaseId is not null) parts.Add(t["AuditView.ByCase", row.CaseService ?? "?"]);
        if (e.ReferralId is not null) parts.Add(t["AuditView.ByReferral", row.ReferralService ?? "?"]);
        if (e.Detail is { Length: > 0 } d) parts.Add(e.Kind == AuditKind.Export ? d : Code(d));
        return string.Join(" · ", parts);
    }

    /// <summary>The fields read, for a page view's line: its reasons differ client by client and are listed under it.</summary>
    public string Fields(AuditRow row) => row.Entry.Fields.Count == 0 ? ""
        : t["AuditView.Fields", string.Join(", ", row.Entry.Fields.Select(f => Text($"AuditView.Field.{f}", f)))];

    private string Code(string code) => code switch
    {
        _ when code.StartsWith("roles=", StringComparison.Ordinal) =>
            t["AuditView.RolesNow", List(code[6..], r => Text($"Admin.Role.{r}", r))],
        _ when code.StartsWith("teams=", StringComparison.Ordinal) =>
            t["AuditView.TeamsNow", List(code[6..], id => Guid.TryParse(id, out var g) && teams.TryGetValue(g, out var n) ? n : id)],
        ['+', .. var role] => t["AuditView.RoleGranted", Text($"Admin.Role.{role}", role)],
        ['-', .. var role] => t["AuditView.RoleRevoked", Text($"Admin.Role.{role}", role)],
        _ => Text($"AuditView.Code.{code}", code),
    };

    private string List(string items, Func<string, string> name) => items.Length == 0
        ? t["AuditView.NoneListed"]
        : string.Join(", ", items.Split(',').Select(name));

    private string Text(string key, string fallback)
    {
        var text = t[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
