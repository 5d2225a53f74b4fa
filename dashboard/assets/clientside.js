/* Clientside callbacks, served as a file so a strict Content-Security-Policy can allow them. */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  hmic: {
    forceFromMapClick(clickData) {
      const point = clickData && clickData.points && clickData.points[0];
      if (!point) return window.dash_clientside.no_update;
      // A click on a filled area reports the trace's whole customdata array: every entry is the slug.
      const value = point.customdata !== undefined ? point.customdata : point.data && point.data.customdata;
      const slug = Array.isArray(value) ? value[0] : value;
      return typeof slug === "string" && /^[a-z0-9-]+$/.test(slug) ? `/force/${slug}` : window.dash_clientside.no_update;
    },
  },
});
