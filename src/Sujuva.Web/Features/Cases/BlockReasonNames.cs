using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Cases;

/// <summary>
/// The one place a block reason gets its text: the network's name when an administrator entered one
/// (<see cref="BlockReasonName"/>, picked for the reader's language with <see cref="LocalName"/>, so falling back
/// to Finnish), else the built-in resource "BlockReason.{code}" (Resources/Strings) in the reader's language. The names are held in
/// memory: loaded at start, reloaded on every save here and, for saves by another instance, when older than
/// <see cref="Fresh"/> (in the background; the page shows what is held meanwhile).
/// </summary>
public sealed class BlockReasonNames(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BlockReasonNames> log)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    private volatile Held _held = new(FrozenDictionary<BlockReason, Entered>.Empty, DateTimeOffset.MinValue);
    private int _reloading;

    public string Of(IStringLocalizer t, BlockReason reason)
    {
        ArgumentNullException.ThrowIfNull(t);
        var held = _held;
        if (clock.GetUtcNow() - held.At > Fresh) ReloadInBackground();
        return held.Names.TryGetValue(reason, out var n) ? LocalName.Pick(n.Fi, n.Sv, n.En) : BuiltIn(t, reason);
    }

    /// <summary>The text the app brings, whatever the network entered: what the administration page names a code by.</summary>
    public static string BuiltIn(IStringLocalizer t, BlockReason reason)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t[$"BlockReason.{reason}"];
    }

    /// <summary>A stored code (anything that is no code's name reads as Other).</summary>
    public string Of(IStringLocalizer t, string? code) => Of(t, BlockReasons.FromStored(code));

    public async Task LoadAsync(SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        Use(await db.BlockReasonNames.AsNoTracking().ToListAsync(ct));
    }

    /// <summary>Holds these names from now on (the rows without a Finnish name show the built-in text).</summary>
    internal void Use(IEnumerable<BlockReasonName> rows) =>
        _held = new(rows.Where(r => r.Name is not null)
            .ToFrozenDictionary(r => r.Reason, r => new Entered(r.Name!, r.NameSv, r.NameEn)), clock.GetUtcNow());

    private void ReloadInBackground()
    {
        if (Interlocked.Exchange(ref _reloading, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await LoadAsync(scope.ServiceProvider.GetRequiredService<SujuvaDb>(), CancellationToken.None);
            }
#pragma warning disable CA1031 // A failed reload keeps the names held; the next read tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogWarning(e, "Could not reload the block reasons' names; showing the ones held");
            }
            finally
            {
                Volatile.Write(ref _reloading, 0);
            }
        });
    }

    private sealed record Entered(string Fi, string? Sv, string? En);

    private sealed record Held(FrozenDictionary<BlockReason, Entered> Names, DateTimeOffset At);
}
