using Microsoft.JSInterop;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>
/// The clients' names one board page shows, by case id. Each card is asked about once per page load
/// (every reading is audited, so live updates read only cards that newly appear); nothing is read
/// before the browser has said whether names are hidden, nor while they are.
/// </summary>
public sealed class BoardNames(Func<IReadOnlyCollection<Guid>, Guid, Task<Dictionary<Guid, string>>> read)
{
    /// <summary>This view of the page: every reading it audits shares it, so the audit log shows one line per board opened.</summary>
    public Guid PageView { get; } = Guid.NewGuid();

    private readonly HashSet<Guid> _asked = [];
    private readonly Dictionary<Guid, string> _names = [];

    public IReadOnlyDictionary<Guid, string> Names => _names;

    /// <summary>Null until the browser's choice is known.</summary>
    public bool? Hidden { get; private set; }

    public async Task SetHiddenAsync(bool hidden, IEnumerable<Guid> onPage)
    {
        Hidden = hidden;
        if (!hidden)
        {
            await ReadNewAsync(onPage);
            return;
        }
        // Hiding forgets the names, so showing them again is a new, audited reading.
        _asked.Clear();
        _names.Clear();
    }

    public async Task ReadNewAsync(IEnumerable<Guid> onPage)
    {
        if (Hidden is not false) return;
        var fresh = onPage.Where(_asked.Add).ToList();
        if (fresh.Count == 0) return;
        foreach (var (key, name) in await read(fresh, PageView)) _names[key] = name;
    }
}
