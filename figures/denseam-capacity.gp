# denseam-capacity.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set terminal cairolatex pdf input size 12cm,12cm colortext
set output outfile
f = 'reports/denseam-capacity.tsv'
set style line 11 lc rgb '#000000' pt 4 ps 0.5 lw 1.5
sel(n, N, x) = ($1 == n && $2 == N) ? x : 1/0
set multiplot
set size 0.5,0.55
set origin 0,0.45
set xlabel '$\alpha = K/N$'
set ylabel 'overlap $m$'
set xrange [0:0.27]
set yrange [0:1.05]
set key at graph 0.02,graph 0.03 left bottom Left reverse samplen 1
set label 1 '$n = 2$' at graph 0.75,0.9
set arrow 1 from 0.1379,0.5 to 0.1379,1.05 nohead ls 1 dt (6,3) lw 1.5
set label 2 '$\alpha_c$' at 0.1379,0.45 center
plot f index 1 using 1:2 with lines ls 1 title 'AGS', \
     f index 0 using (sel(2, 250, $3)):6:7 with yerrorlines ls 11 title '$N=250$', \
     '' index 0 using (sel(2, 500, $3)):6:7 with yerrorlines ls 12 title '$500$', \
     '' index 0 using (sel(2, 1000, $3)):6:7 with yerrorlines ls 13 title '$1000$', \
     '' index 0 using (sel(2, 2000, $3)):6:7 with yerrorlines ls 14 title '$2000$'
set origin 0.5,0.45
set xlabel '$\alpha = K/N^2$'
set ylabel ''
set label 1 '$n = 3$'
unset arrow 1
unset label 2
set xrange [0:0.25]
plot f index 2 using 1:2 with lines ls 1 title 'S/N', \
     f index 0 using (sel(3, 50, $3)):6:7 with yerrorlines ls 11 title '$N = 50$', \
     '' index 0 using (sel(3, 100, $3)):6:7 with yerrorlines ls 12 title '$100$', \
     '' index 0 using (sel(3, 200, $3)):6:7 with yerrorlines ls 13 title '$200$', \
     '' index 0 using (sel(3, 400, $3)):6:7 with yerrorlines ls 14 title '$400$'
set origin 0,0
set size 1,0.45
set xlabel '$K/N$, $n = 3$'
set ylabel 'overlap $m$'
unset label 1
set logscale x
set xrange [0.8:120]
plot f index 0 using (sel(3, 50, $5)):6:7 with yerrorlines ls 11 title '$N = 50$', \
     '' index 0 using (sel(3, 100, $5)):6:7 with yerrorlines ls 12 title '$100$', \
     '' index 0 using (sel(3, 200, $5)):6:7 with yerrorlines ls 13 title '$200$', \
     '' index 0 using (sel(3, 400, $5)):6:7 with yerrorlines ls 14 title '$400$'
unset multiplot
