using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

public sealed record CaseNoteView(CaseNoteKind Kind, string Text, DateTime WrittenAt, Guid WrittenBy);

/// <summary>
/// A case's notes, newest first: free text that may name the client, so read like personal data. 404
/// unless the case is visible and need-to-know grants its client (PersonalDataAccess); audited first.
/// </summary>
public static class CaseNotes
{
    public static readonly IReadOnlyList<string> Fields = ["CaseNotes"];

    /// <summary>The notes, or NotFound without a grant (or an invisible case).</summary>
    /// <param name="source">The page asking, for the audit log; null for the API (the audit takes its route).</param>
    public static async Task<Outcome<List<CaseNoteView>>> ReadAsync(Guid caseId, SujuvaDb db, CurrentUser user,
        PersonalDataAccess access, AuditTrail audit, string? source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        var id = new CaseId(caseId);
        var client = await db.CasesVisibleTo(user).AsNoTracking().Where(c => c.Id == id)
            .Select(c => (ClientId?)c.ClientId).SingleOrDefaultAsync(ct);
        if (client is not { } clientId || await access.GrantAsync(db, user, clientId, ct) is not { } grant)
            return Refusal.NotFound("caseId");
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == id)
            .OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).ToListAsync(ct);
        // Written before the texts are returned: if the audit write fails, the read fails.
        await audit.RecordReadsAsync(user, [grant], Fields, ct, source, db);
        return notes.Select(n => new CaseNoteView(n.Kind, n.Text, n.WrittenAt, n.WrittenBy.Value)).ToList();
    }
}
