using Microsoft.JSInterop;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>"Hide names", remembered for the browser tab's session (sessionStorage), for screen sharing in meetings.</summary>
public static class NamesPreference
{
    private const string Key = "sujuva.hideNames";

    public static async Task<bool> IsHiddenAsync(IJSRuntime js) =>
        await js.InvokeAsync<string?>("sessionStorage.getItem", Key) == "true";

    public static ValueTask SetHiddenAsync(IJSRuntime js, bool hidden) =>
        js.InvokeVoidAsync("sessionStorage.setItem", Key, hidden ? "true" : "false");
}
