using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Audit;

/// <summary>
/// Writes the audit log. Each call saves at once in its own scope and transaction, apart from the
/// caller's unit of work: a read is audited before its data is returned (if the write fails, the read fails), and a
/// failed change of the caller still leaves its sign-in or export on record.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task RecordAsync(AuditEntry entry, CancellationToken ct = default) => RecordAsync([entry], ct);

    /// <summary>
    /// source: where the read happened when it is not the current endpoint, e.g. a page over its circuit.
    /// db: the reader's context, written through outside any transaction of its own; a fresh one otherwise.
    /// </summary>
    public async Task RecordAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default,
        string? source = null, SujuvaDb? db = null)
    {
        if (entries.Count == 0) return;
        var context = http.HttpContext;
        var ip = context?.Connection.RemoteIpAddress?.ToString();
        source ??= context?.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : null;
        foreach (var e in entries) e.From(ip, source);
        if (db is not null && db.Database.CurrentTransaction is null)
        {
            await InsertAsync(db, entries, ct);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await InsertAsync(scope.ServiceProvider.GetRequiredService<SujuvaDb>(), entries, ct);
    }

    // Without the change tracker: a list of 100 clients costs one multi-row INSERT on PostgreSQL and one
    // prepared statement in one transaction on SQLite (bench/Sujuva.Benchmarks/Access). The write is the
    // app's ordinary one (SujuvaDb.BeginWriteAsync): on SQLite it queues on the write gate like every
    // other writer, on PostgreSQL it is a plain transaction (row locks; no event-log lock here).
    private static async Task InsertAsync(SujuvaDb db, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        await using var write = await db.BeginWriteAsync(ct);
        await BulkInsert.InsertAsync(db, entries, ct);
        await write.CommitAsync(ct);
    }

    /// <summary>
    /// One entry per client shown, with the grant that allowed it, all in one write and sharing one page-view id:
    /// pageView when a page reads more than once in one view (a board's live updates), a new one otherwise.
    /// </summary>
    public Task RecordReadsAsync(CurrentUser user, IEnumerable<AccessGrant> grants, IReadOnlyList<string> fields,
        CancellationToken ct = default, string? source = null, SujuvaDb? db = null, Guid? pageView = null)
    {
        var at = Now;
        var view = pageView ?? Guid.NewGuid();
        return RecordAsync([.. grants.Select(g => new AuditEntry(AuditKind.PersonalDataRead, at, user.Id, g.ClientId,
            fields, g.CaseId, g.ReferralId, pageViewId: view))], ct, source, db);
    }

    public Task RecordSignInAsync(UserId user, CancellationToken ct = default) =>
        RecordAsync(new AuditEntry(AuditKind.SignIn, Now, user), ct);

    public Task RecordFailedSignInAsync(UserId? user, string cause, CancellationToken ct = default) =>
        RecordAsync(new AuditEntry(AuditKind.FailedSignIn, Now, user, detail: cause), ct);

    /// <summary>Granted or revoked role of subject, by an administrator.</summary>
    public Task RecordRoleChangeAsync(UserId by, UserId subject, string role, bool granted, CancellationToken ct = default) =>
        RecordAsync(new AuditEntry(AuditKind.RoleChange, Now, by, subjectUserId: subject,
            detail: (granted ? "+" : "-") + role), ct);

    /// <summary>What was exported, e.g. "events.csv service 5f…"; never personal data.</summary>
    public Task RecordExportAsync(UserId by, string what, CancellationToken ct = default) =>
        RecordAsync(new AuditEntry(AuditKind.Export, Now, by, detail: what), ct);
}
