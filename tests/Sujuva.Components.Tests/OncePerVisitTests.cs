using System.Collections.Concurrent;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sujuva.Web.Components.Data;

namespace Sujuva.Components.Tests;

/// <summary>A page's data is read once per visit: while prerendering, then carried to the circuit.</summary>
public sealed class OncePerVisitTests : BunitContext
{
    private readonly BunitPersistentComponentState _state;
    private int _loads;

    public OncePerVisitTests() => _state = AddBunitPersistentComponentState();

    private OncePerVisit Visit() =>
        new(Services.GetRequiredService<PersistentComponentState>(), NullLogger<OncePerVisit>.Instance);

    private Task<Figures?> Load(Figures? value)
    {
        _loads++;
        return Task.FromResult(value);
    }

    [Fact]
    public async Task Prerendering_LoadsAndCarries_CircuitTakesItWithoutLoading()
    {
        var figures = new Figures("Kuusijärvi", [3, 1, 4]);
        await Visit().LoadAsync("flow:a", prerendering: true, () => Load(figures));
        _state.TriggerOnPersisting();

        var shown = await Visit().LoadAsync("flow:a", prerendering: false, () => Load(null));

        Assert.Equal(1, _loads);
        Assert.Equal(figures.Name, shown!.Name);
        Assert.Equal(figures.Values, shown.Values);
    }

    [Fact]
    public async Task CarriedNothing_IsToldApartFromNotCarried()
    {
        await Visit().LoadAsync<Figures?>("flow:unknown", prerendering: true, () => Load(null));
        _state.TriggerOnPersisting();

        var shown = await Visit().LoadAsync("flow:unknown", prerendering: false, () => Load(new Figures("x", [])));

        Assert.Null(shown);
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task OtherParameters_OrASecondLoadOnTheCircuit_ReadAgain()
    {
        await Visit().LoadAsync("flow:a", prerendering: true, () => Load(new Figures("a", [1])));
        _state.TriggerOnPersisting();
        var circuit = Visit();

        var other = await circuit.LoadAsync("flow:b", prerendering: false, () => Load(new Figures("b", [2])));
        var first = await circuit.LoadAsync("flow:a", prerendering: false, () => Load(new Figures("a2", [5])));
        var again = await circuit.LoadAsync("flow:a", prerendering: false, () => Load(new Figures("a3", [6])));

        Assert.Equal(["b", "a", "a3"], [other!.Name, first!.Name, again!.Name]);
        Assert.Equal(3, _loads);
    }

    [Fact]
    public async Task AViewOverTheBudget_IsNotCarried_TheCircuitReadsItAgain()
    {
        var huge = new Figures("big", [.. Enumerable.Range(0, OncePerVisit.MaxCarriedBytes / 2)]);
        await Visit().LoadAsync("flow:big", prerendering: true, () => Load(huge));
        _state.TriggerOnPersisting();

        await Visit().LoadAsync("flow:big", prerendering: false, () => Load(huge));

        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task ReadOnlySets_AreCarried()
    {
        var scope = new Scope(new HashSet<Guid> { Guid.NewGuid(), Guid.NewGuid() });
        await Visit().LoadAsync("scope", prerendering: true, () => Task.FromResult(scope));
        _state.TriggerOnPersisting();

        var shown = await Visit().LoadAsync("scope", prerendering: false, () => Task.FromResult(new Scope(new HashSet<Guid>())));

        Assert.True(scope.Services.SetEquals(shown.Services));
    }

    [Fact]
    public async Task AViewModelThatDoesNotReadBack_IsNotCarried_InsteadOfBreakingTheCircuit()
    {
        await Visit().LoadAsync("odd", prerendering: true, () => Task.FromResult(new NoWayBack([1, 2])));
        _state.TriggerOnPersisting();

        var shown = await Visit().LoadAsync("odd", prerendering: false, () => Task.FromResult(new NoWayBack([3])));

        Assert.Equal([3], shown.Items);
    }

    [Fact]
    public async Task AClassWhoseConstructorHasNoMatchingProperty_IsNotCarried()
    {
        await Visit().LoadAsync("unbound", prerendering: true, () => Task.FromResult(new Unbound([1, 2])));
        _state.TriggerOnPersisting();

        var shown = await Visit().LoadAsync("unbound", prerendering: false, () => Task.FromResult(new Unbound([3])));

        Assert.Equal(1, shown.Count);
    }

    public sealed record Figures(string Name, IReadOnlyList<int> Values);

    /// <summary>Writes {"count":2} but cannot be made from it: its constructor's parameter binds to no property.</summary>
    public sealed class Unbound(IReadOnlyList<int> items)
    {
        public int Count => items.Count;
    }

    public sealed record Scope(IReadOnlySet<Guid> Services);

    /// <summary>Writable as JSON, not readable: an interface collection System.Text.Json cannot make.</summary>
    public sealed record NoWayBack(IReadOnlyCollection<int> Items)
    {
        public IProducerConsumerCollection<int> Queue { get; init; } = new ConcurrentQueue<int>();
    }
}
