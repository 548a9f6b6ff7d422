using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sujuva.Web.Features;

namespace Sujuva.Web.Platform;

/// <summary>Stores a typed id as its Guid; built from the id's (Guid Value) constructor.</summary>
public sealed class EntityIdConverter<TId>() : ValueConverter<TId, Guid>(ToGuid(), FromGuid())
    where TId : struct, IEntityId
{
    private static Expression<Func<TId, Guid>> ToGuid()
    {
        var id = Expression.Parameter(typeof(TId), "id");
        return Expression.Lambda<Func<TId, Guid>>(Expression.Property(id, nameof(IEntityId.Value)), id);
    }

    private static Expression<Func<Guid, TId>> FromGuid()
    {
        var guid = Expression.Parameter(typeof(Guid), "guid");
        var ctor = typeof(TId).GetConstructor([typeof(Guid)])!;
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(ctor, guid), guid);
    }
}
