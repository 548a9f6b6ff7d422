using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Admin;

/// <summary>
/// A block reason and the network's names for it; Name null when none is entered (the built-in text is shown).
/// Version 0: never named.
/// </summary>
public sealed record AdminBlockReasonView(BlockReason Reason, string? Name, string? NameSv, string? NameEn, int Version)
{
    public static AdminBlockReasonView From(BlockReason reason, BlockReasonName? named) =>
        new(reason, named?.Name, named?.NameSv, named?.NameEn, named?.Version ?? 0);
}

/// <summary>Name is the Finnish name (required); the Swedish and English ones are optional (blank shows the Finnish one).</summary>
public sealed record BlockReasonNamesRequest([Text(TextLimits.Name)] string Name, int Version,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null);

/// <summary>
/// The network's names for the block reasons, set and cleared with the version the administrator saw. The codes
/// stay: cases, events and exports keep them, only the text shown changes (<see cref="BlockReasonNames"/>).
/// </summary>
public static class AdminBlockReasons
{
    /// <summary>Every code, in the order the block form offers them.</summary>
    public static async Task<List<AdminBlockReasonView>> ListAsync(SujuvaDb db, CancellationToken ct)
    {
        var named = await db.BlockReasonNames.AsNoTracking().ToDictionaryAsync(n => n.Reason, ct);
        return [.. Enum.GetValues<BlockReason>().Select(r => AdminBlockReasonView.From(r, named.GetValueOrDefault(r)))];
    }

    public static Task<Outcome<AdminBlockReasonView>> NameAsync(
        string reason, BlockReasonNamesRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        BlockReasonNames names, CancellationToken ct) =>
        EditAsync(db, names, reason, request.Version,
            n => n.Rename(request.Name, request.NameSv, request.NameEn, user.Id, clock.GetUtcNow().UtcDateTime), ct);

    public static Task<Outcome<AdminBlockReasonView>> ClearAsync(
        string reason, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, BlockReasonNames names,
        CancellationToken ct) =>
        EditAsync(db, names, reason, request.Version, n =>
        {
            n.Clear(user.Id, clock.GetUtcNow().UtcDateTime);
            return null;
        }, ct);

    /// <summary>
    /// Load (a code never named has version 0), compare the version (409 when stale), change, save; a race lost at
    /// save, also two first namings of one code, is a 409 too. Then every page shows the new names.
    /// </summary>
    private static async Task<Outcome<AdminBlockReasonView>> EditAsync(SujuvaDb db, BlockReasonNames names,
        string reason, int version, Func<BlockReasonName, Refusal?> edit, CancellationToken ct)
    {
        if (Code(reason) is not { } code) return Refusal.NotFound("reason");
        var named = await db.BlockReasonNames.SingleOrDefaultAsync(n => n.Reason == code, ct);
        if ((named?.Version ?? 0) != version) return Refusal.EditConflict();
        named ??= db.BlockReasonNames.Add(new BlockReasonName(code)).Entity;
        if (edit(named) is { } refusal) return refusal;
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        await names.LoadAsync(db, ct);
        return AdminBlockReasonView.From(code, named);
    }

    /// <summary>A code by its exact name, as the event log writes it; anything else is no reason.</summary>
    private static BlockReason? Code(string reason) =>
        Enum.GetValues<BlockReason>().Select(r => (BlockReason?)r).FirstOrDefault(r => r.ToString() == reason);
}
