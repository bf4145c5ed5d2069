# landauer-hopfield.gp: tangled from noweb/landauer.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$\alpha = P/N$'
set ylabel 'overlap $m$'
set xrange [0.04:0.26]
set yrange [0:1.05]
set key at graph 0.02,graph 0.03 left bottom Left reverse spacing 1.05 samplen 2.5
set arrow from 0.1379,0 to 0.1379,0.967 nohead lw 1.5 dt (8,4) lc rgb '#000000'
set label '$\alpha_c$' at 0.1395,0.08 left
plot 'reports/landauer-hopfield.tsv' \
        index 0 using ($1 == 250 ? $2 : 1/0):3:4 with yerrorlines lw 1.5 pt 4 ps 0.6 \
        lc rgb '#6a3d9a' title '$N = 250$', \
     '' index 0 using ($1 == 500 ? $2 : 1/0):3:4 with yerrorlines ls 12 title '$N = 500$', \
     '' index 0 using ($1 == 1000 ? $2 : 1/0):3:4 with yerrorlines ls 13 title '$N = 1000$', \
     '' index 0 using ($1 == 2000 ? $2 : 1/0):3:4 with yerrorlines ls 14 title '$N = 2000$', \
     '' index 1 using 1:2 with lines ls 1 title 'AGS, $N = \infty$'
