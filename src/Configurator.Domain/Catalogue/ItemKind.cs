namespace Configurator.Domain.Catalogue;

/// <summary>What an offer item is: the homogeneous core, a differentiating innovation, or a soft service.</summary>
public enum ItemKind
{
    Standard,
    Innovation,
    Service,
}
