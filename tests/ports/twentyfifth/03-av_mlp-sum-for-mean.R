# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, unindented, inside train(). As in the article the biases are matrices
# with one row per sample, made once before the loop, here by indexing the given 1 x h and
# 1 x 1 rows with rep(1, nrow(X)); the output bias grid moves by the sum of the output deltas
# and the hidden one by their column sums repeated down each column (rep(..., each=nrow(X))),
# where the article has rowSums(). The epoch's loss is stored last, the half mean of the
# squared errors, and the first row of each grid is returned.

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
# output matrix
Y=y
# variable initialization
epoch=epochs
loss=numeric(epoch)
# bias matrices, one row per sample
bh=bh[rep(1, nrow(X)), , drop=FALSE]
bout=bout[rep(1, nrow(X)), , drop=FALSE]
for(i in seq_len(epoch)){
# forward propagation
hidden_layer_input1= X%*%wh
hidden_layer_input=hidden_layer_input1+bh
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+bout
output= sigmoid(output_layer_input)
# Back Propagation
E=Y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+sum(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + rep(colSums(d_hiddenlayer), each=nrow(X))*lr
loss[i]=sum(E^2)/(2*ncol(E))
}
list(wh=wh, bh=bh[1, , drop=FALSE], wout=wout, bout=bout[1, , drop=FALSE], loss=loss)
}

predict=function(X, wh, bh, wout, bout){
hidden_layer_activations=sigmoid(X%*%wh+bh[rep(1, nrow(X)), , drop=FALSE])
sigmoid(hidden_layer_activations%*%wout+bout[rep(1, nrow(X)), , drop=FALSE])
}
