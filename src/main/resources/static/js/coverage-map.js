// Coverage map: hovering, focusing or tapping a region shows its figures beside the map (the figures are also in
// each region's <title> and in the table before the map, so nothing depends on this script).
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var out = document.getElementById('map-figures');
        if (!out) {
            return;
        }
        var regions = document.querySelectorAll('.coverage-svg .region');
        function show(region) {
            regions.forEach(function (r) { r.classList.remove('active'); });
            region.classList.add('active');
            out.textContent = region.getAttribute('data-figures');
        }
        regions.forEach(function (region) {
            region.addEventListener('mouseenter', function () { show(region); });
            region.addEventListener('focus', function () { show(region); });
            region.addEventListener('click', function () { show(region); });
        });
    });
})();
